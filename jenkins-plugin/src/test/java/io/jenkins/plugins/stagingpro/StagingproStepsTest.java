package io.jenkins.plugins.stagingpro;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.embedded.EmbeddedSandboxProvider;
import hudson.FilePath;
import hudson.model.Result;
import hudson.util.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Pipeline jobs on a real Jenkins (JenkinsRule) calling the steps against an embedded sandbox
 * store the test starts, its token held in Jenkins credentials. Runs in the real build only
 * ({@code ./mvnw -Pjenkins verify}, needs repo.jenkins-ci.org).
 */
@WithJenkins
class StagingproStepsTest {
  private static final Path EXAMPLE_THEME = Path.of("../examples/demo-store/theme");

  @TempDir Path sandboxState;

  @Test
  void everyOperationIsAStepNamedAsInTheCommandTable(JenkinsRule j) {
    for (Operation operation : Operation.values()) {
      assertInstanceOf(StagingproStepDescriptor.class, StepDescriptor.byFunctionName(operation.step()), operation.step());
    }
  }

  @Test
  void validatesAndDeploysWithTheTokenFromCredentialsMaskedInTheLog(JenkinsRule j) throws Exception {
    try (EmbeddedSandboxProvider.OpenSandbox sandbox = sandbox().open("staging", "jenkins-test", sandboxState)) {
      StoreEndpoint store = sandbox.endpoint();
      String token = store.token().reveal();
      addSecretText("bc-staging-token", token);
      WorkflowJob job = job(j, "deploy", "staging", false, store, """
          node {
            def v = stagingproValidate credentials: [staging: 'bc-staging-token']
            echo "validate success: ${v.success}"
            def r = stagingproDeploy environment: 'staging', credentials: [staging: 'bc-staging-token']
            echo "deployed theme ${r.themeId}, success ${r.success}"
          }
          """);

      WorkflowRun run = j.buildAndAssertSuccess(job);

      j.assertLogContains("environment 'staging': store API token from credential 'bc-staging-token'", run);
      j.assertLogContains("stagingpro.yml is valid", run);
      j.assertLogContains("validate success: true", run);
      j.assertLogContains("stagingproDeploy succeeded", run);
      j.assertLogContains("success true", run);
      j.assertLogNotContains("deployed theme null", run);
      j.assertLogNotContains(token, run);
    }
  }

  @Test
  void aWriteToAProtectedEnvironmentWithoutApprovalFailsWithTheCoreMessage(JenkinsRule j) throws Exception {
    try (EmbeddedSandboxProvider.OpenSandbox sandbox = sandbox().open("production", "jenkins-protected", sandboxState)) {
      addSecretText("bc-production-token", sandbox.endpoint().token().reveal());
      WorkflowJob job = job(j, "protected", "production", true, sandbox.endpoint(),
          "node { stagingproDeploy environment: 'production', credentials: [production: 'bc-production-token'] }");

      WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

      j.assertLogContains("environment 'production' is protected", run);
      j.assertLogContains("Jenkins approve: true", run);
    }
  }

  @Test
  void aMissingCredentialFailsTheBuildBeforeAnyWork(JenkinsRule j) throws Exception {
    WorkflowJob job = j.createProject(WorkflowJob.class, "missing");
    job.setDefinition(new CpsFlowDefinition(
        "node { stagingproDeploy environment: 'staging', credentials: [staging: 'nope'] }", true));

    WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

    j.assertLogContains("credentials: no credential with id 'nope' (for environment 'staging') is available to this build", run);
    j.assertLogNotContains("StagingPro deploy (stagingproDeploy)", run);
  }

  /**
   * A job whose workspace holds the example theme and a manifest with one environment, the
   * sandbox store, its token in ${BC_<ENVIRONMENT>_TOKEN}.
   */
  private static WorkflowJob job(JenkinsRule j, String name, String environment, boolean isProtected, StoreEndpoint store,
      String script) throws Exception {
    assertTrue(Files.isDirectory(EXAMPLE_THEME), "the example theme is missing: " + EXAMPLE_THEME.toAbsolutePath());
    WorkflowJob job = j.createProject(WorkflowJob.class, name);
    FilePath workspace = j.jenkins.getWorkspaceFor(job);
    new FilePath(EXAMPLE_THEME.toFile()).copyRecursiveTo(workspace.child("theme"));
    workspace.child("stagingpro.yml").write("""
        version: 1
        environments:
          %1$s:
            store_hash: %2$s
            api_url: %3$s
            token: ${BC_%4$s_TOKEN}
            protected: %5$s
        theme:
          path: theme
        """.formatted(environment, store.storeHash(), store.apiUrl(), environment.toUpperCase(java.util.Locale.ROOT),
        isProtected), "UTF-8");
    job.setDefinition(new CpsFlowDefinition(script, true));
    return job;
  }

  private static void addSecretText(String id, String value) {
    SystemCredentialsProvider.getInstance().getCredentials()
        .add(new StringCredentialsImpl(CredentialsScope.GLOBAL, id, "sandbox store token", Secret.fromString(value)));
  }

  private static EmbeddedSandboxProvider sandbox() {
    return ServiceLoader.load(EmbeddedSandboxProvider.class).findFirst()
        .orElseThrow(() -> new AssertionError("no EmbeddedSandboxProvider on the test classpath (stagingpro-sandbox)"));
  }
}
