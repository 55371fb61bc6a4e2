package io.jenkins.plugins.stagingpro;

import static dev.stagingpro.core.ci.StepArguments.APPROVE;
import static dev.stagingpro.core.ci.StepArguments.AT;
import static dev.stagingpro.core.ci.StepArguments.B2B_CREDENTIALS;
import static dev.stagingpro.core.ci.StepArguments.CREDENTIALS;
import static dev.stagingpro.core.ci.StepArguments.ENTITIES;
import static dev.stagingpro.core.ci.StepArguments.ENTRY;
import static dev.stagingpro.core.ci.StepArguments.ENVIRONMENT;
import static dev.stagingpro.core.ci.StepArguments.FORCE;
import static dev.stagingpro.core.ci.StepArguments.FROM;
import static dev.stagingpro.core.ci.StepArguments.MANIFEST;
import static dev.stagingpro.core.ci.StepArguments.MAX_WAIT;
import static dev.stagingpro.core.ci.StepArguments.MIGRATION;
import static dev.stagingpro.core.ci.StepArguments.OUT;
import static dev.stagingpro.core.ci.StepArguments.PLAN;
import static dev.stagingpro.core.ci.StepArguments.PR;
import static dev.stagingpro.core.ci.StepArguments.REAPPLY;
import static dev.stagingpro.core.ci.StepArguments.REF;
import static dev.stagingpro.core.ci.StepArguments.RUN_ID;
import static dev.stagingpro.core.ci.StepArguments.TO;
import static dev.stagingpro.core.ci.StepArguments.ZONE;

import dev.stagingpro.core.ops.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * One StagingPro operation as a Pipeline step. Every step takes the parameters of
 * docs/commands.md's Jenkins column (an operation ignores those it does not use); the core checks
 * and maps them, so this class only collects them by name.
 */
public abstract class StagingproStep extends Step {
  private final Operation operation;
  private final Map<String, Object> arguments = new LinkedHashMap<>();

  protected StagingproStep(Operation operation) {
    this.operation = operation;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new StagingproStepExecution(context, operation, arguments);
  }

  @DataBoundSetter public void setEnvironment(String value) { arguments.put(ENVIRONMENT, value); }
  @DataBoundSetter public void setApprove(boolean value) { arguments.put(APPROVE, value); }
  @DataBoundSetter public void setManifest(String value) { arguments.put(MANIFEST, value); }
  @DataBoundSetter public void setRef(String value) { arguments.put(REF, value); }
  @DataBoundSetter public void setPr(Integer value) { arguments.put(PR, value); }
  @DataBoundSetter public void setMigration(String value) { arguments.put(MIGRATION, value); }
  @DataBoundSetter public void setPlan(String value) { arguments.put(PLAN, value); }
  @DataBoundSetter public void setOut(String value) { arguments.put(OUT, value); }
  @DataBoundSetter public void setFrom(String value) { arguments.put(FROM, value); }
  @DataBoundSetter public void setTo(String value) { arguments.put(TO, value); }
  @DataBoundSetter public void setRunId(String value) { arguments.put(RUN_ID, value); }
  @DataBoundSetter public void setEntry(Integer value) { arguments.put(ENTRY, value); }
  @DataBoundSetter public void setAt(String value) { arguments.put(AT, value); }
  @DataBoundSetter public void setZone(String value) { arguments.put(ZONE, value); }
  @DataBoundSetter public void setMaxWait(String value) { arguments.put(MAX_WAIT, value); }
  @DataBoundSetter public void setForce(boolean value) { arguments.put(FORCE, value); }
  @DataBoundSetter public void setReapply(boolean value) { arguments.put(REAPPLY, value); }
  @DataBoundSetter public void setEntities(List<String> value) { arguments.put(ENTITIES, value); }

  /**
   * {@code [environment: 'credential id']} for store API tokens. Not a {@code @DataBoundSetter}:
   * Jenkins does not bind maps, so {@link StagingproStepDescriptor#newInstance} sets it; the core
   * checks its shape.
   */
  public void setCredentials(Object value) { arguments.put(CREDENTIALS, value); }

  /** {@code [environment: 'credential id']} for B2B Edition logins; set like {@link #setCredentials}. */
  public void setB2bCredentials(Object value) { arguments.put(B2B_CREDENTIALS, value); }

  public String getEnvironment() { return (String) arguments.get(ENVIRONMENT); }
  public boolean isApprove() { return Boolean.TRUE.equals(arguments.get(APPROVE)); }
  public String getManifest() { return (String) arguments.get(MANIFEST); }
  public String getRef() { return (String) arguments.get(REF); }
  public Integer getPr() { return (Integer) arguments.get(PR); }
  public String getMigration() { return (String) arguments.get(MIGRATION); }
  public String getPlan() { return (String) arguments.get(PLAN); }
  public String getOut() { return (String) arguments.get(OUT); }
  public String getFrom() { return (String) arguments.get(FROM); }
  public String getTo() { return (String) arguments.get(TO); }
  public String getRunId() { return (String) arguments.get(RUN_ID); }
  public Integer getEntry() { return (Integer) arguments.get(ENTRY); }
  public String getAt() { return (String) arguments.get(AT); }
  public String getZone() { return (String) arguments.get(ZONE); }
  public String getMaxWait() { return (String) arguments.get(MAX_WAIT); }
  public boolean isForce() { return Boolean.TRUE.equals(arguments.get(FORCE)); }
  public boolean isReapply() { return Boolean.TRUE.equals(arguments.get(REAPPLY)); }
  @SuppressWarnings("unchecked")
  public List<String> getEntities() { return (List<String>) arguments.get(ENTITIES); }
}
