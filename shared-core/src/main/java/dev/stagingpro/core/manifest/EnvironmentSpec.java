package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One named environment: either a BigCommerce store ({@code store_hash} + {@code token}) or an
 * embedded sandbox store ({@code sandbox: NAME}, state under {@code .stagingpro/sandbox/}).
 */
public record EnvironmentSpec(
    String name,
    Optional<String> storeHash,
    Optional<SecretRef> token,
    Optional<String> sandbox,
    String apiUrl,
    List<Integer> channels,
    boolean isProtected,
    List<String> approvers,
    Optional<B2bSpec> b2b) {

  public static final String DEFAULT_API_URL = "https://api.bigcommerce.com";

  public EnvironmentSpec {
    channels = List.copyOf(channels);
    approvers = List.copyOf(approvers);
  }

  public boolean isSandbox() {
    return sandbox.isPresent();
  }

  /** Where an embedded sandbox store keeps its state, given the workspace's state directory ({@code .stagingpro}). */
  public Optional<Path> sandboxStateDir(Path stateDir) {
    return sandbox.map(name -> stateDir.resolve("sandbox").resolve(name));
  }

  /**
   * B2B Edition credentials: an API token sent with the store hash (current), or the legacy
   * e-mail + password login of a B2B admin user (deprecated; loading it warns).
   */
  public record B2bSpec(Optional<SecretRef> token, Optional<SecretRef> email, Optional<SecretRef> password) {
    public boolean isLegacyLogin() {
      return token.isEmpty();
    }
  }
}
