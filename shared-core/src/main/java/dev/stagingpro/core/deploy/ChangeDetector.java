package dev.stagingpro.core.deploy;

import java.util.Optional;

/**
 * Decides whether a deployment can skip the upload and reuse the theme its environment's last
 * successful deployment put on the store. Two checks, cheapest first: the Git tree id of the
 * theme folder (equal trees mean equal files, so neither the theme's build nor the bundling need
 * to run), then the bundle's SHA-256 (bundles are reproducible, so this also catches a working
 * tree or another commit with the same theme files). {@code --force} always uploads.
 */
public final class ChangeDetector {
  /** The record to reuse, if any, and why, for the output. */
  public record Decision(Optional<DeploymentRecord> reuse, String reason) {
    public boolean upload() {
      return reuse.isEmpty();
    }
  }

  private ChangeDetector() {}

  public static Decision byTree(Optional<DeploymentRecord> last, Optional<String> themeTree, boolean force) {
    if (force) {
      return new Decision(Optional.empty(), "--force: uploading without comparing to the last deployment");
    }
    if (last.isEmpty()) {
      return new Decision(Optional.empty(), "no earlier successful deployment to this environment is recorded");
    }
    if (themeTree.isPresent() && themeTree.equals(last.get().themeTree())) {
      return new Decision(last, "nothing under the theme folder changed since " + describe(last.get())
          + " (same Git tree " + abbreviate(themeTree.get()) + ")");
    }
    return new Decision(Optional.empty(), themeTree.isEmpty()
        ? "the theme folder has uncommitted changes, so the bundle decides"
        : "the theme folder changed since " + describe(last.get()));
  }

  public static Decision byChecksum(Optional<DeploymentRecord> last, String bundleChecksum, boolean force) {
    if (!force && last.isPresent() && last.get().bundleChecksum().filter(bundleChecksum::equals).isPresent()) {
      return new Decision(last, "the bundle is byte-identical to the one of " + describe(last.get())
          + " (sha256 " + abbreviate(bundleChecksum) + ")");
    }
    return new Decision(Optional.empty(), force ? "--force: uploading" : "the bundle differs from the last deployment's");
  }

  private static String describe(DeploymentRecord record) {
    return "the deployment of " + record.at() + record.commit().map(c -> " (commit " + abbreviate(c) + ")").orElse("");
  }

  private static String abbreviate(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }
}
