package dev.stagingpro.core.ci;

import java.util.Optional;

/**
 * A CI system's credential store, asked by id (Jenkins credentials, later others). It answers
 * with the plain value; the caller never logs it.
 */
@FunctionalInterface
public interface CredentialSource {
  /**
   * The credential with this id, or empty when there is none or this build may not use it.
   *
   * @throws dev.stagingpro.core.StagingProException bad input when the credential is of a kind
   *     StagingPro cannot use (say which kinds it takes)
   */
  Optional<Credential> find(String id);
}
