package dev.stagingpro.core.ci;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a CI step hands from where the build is coordinated (Jenkins controller: arguments
 * checked, credentials fetched, who started the build) to where the workspace is (the agent),
 * as plain serializable values. The build's environment comes along because a pipeline's {@code
 * withEnv}/{@code withCredentials} values live there, not in the agent's process environment.
 */
public final class StepCall implements Serializable {
  private static final long serialVersionUID = 1L;

  private final StepArguments arguments;
  private final CredentialBinding credentials;
  private final String actor;
  private final HashMap<String, String> buildEnv;

  private StepCall(StepArguments arguments, CredentialBinding credentials, String actor, Map<String, String> buildEnv) {
    this.arguments = arguments;
    this.credentials = credentials;
    this.actor = actor;
    this.buildEnv = new HashMap<>(buildEnv);
  }

  /**
   * Checks the arguments and fetches the credentials they name, so a typo or a missing credential
   * fails before anything is sent to the agent.
   *
   * @param actor the user who started the build (checked against protected environments'
   *     approvers), or null when no user did (timer, SCM push)
   * @throws dev.stagingpro.core.StagingProException bad input, saying what to fix
   */
  public static StepCall prepare(Operation operation, Map<String, ?> arguments, CredentialSource source, String actor,
      Map<String, String> buildEnv) {
    StepArguments checked = StepArguments.of(operation, arguments);
    CredentialIds ids = checked.credentialIds();
    CredentialBinding credentials = ids.isEmpty() ? CredentialBinding.NONE : CredentialBinding.fetch(ids, source);
    return new StepCall(checked, credentials, actor, buildEnv);
  }

  public StepArguments arguments() {
    return arguments;
  }

  public CredentialBinding credentials() {
    return credentials;
  }

  /** The build's environment variables. */
  public EnvLookup buildEnv() {
    return EnvLookup.of(buildEnv);
  }

  /**
   * The actor is only who started the build: unlike {@link CiContext#fromEnvironment}, never the
   * agent's OS user, which would let any build "approve" as the account Jenkins runs under.
   */
  public CiContext ci() {
    CiContext fromEnv = CiContext.fromEnvironment(buildEnv::get);
    return new CiContext(Optional.ofNullable(actor), fromEnv.runUrl(), true);
  }
}
