package dev.stagingpro.core.manifest;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repository folder for manifest tests: a real directory (from @TempDir) with a {@code theme/}
 * and a {@code data/} folder, where a test writes {@code stagingpro.yml} and loads it.
 */
final class TestRepo {
  /** Every variable is set, to a value derived from its name (so a leak would be recognisable). */
  static final EnvLookup ALL_SET = variable -> Optional.of("secret-value-of-" + variable);

  /** The first 5 lines of many test manifests: one BigCommerce store named production. */
  static final String PRODUCTION_STORE = """
      version: 1
      environments:
        production:
          store_hash: abc123
          token: ${BC_PRODUCTION_TOKEN}
      """;

  final Path root;
  final List<ProgressEvent> events = new ArrayList<>();
  private final ProgressListener listener = events::add;

  TestRepo(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("theme"));
      Files.createDirectories(root.resolve("data"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String yaml) {
    try {
      return Files.writeString(root.resolve("stagingpro.yml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Manifest load(String yaml) {
    return ManifestLoader.load(write(yaml), root, ALL_SET, true, listener);
  }

  Manifest load(String yaml, EnvLookup env, boolean requireSecrets) {
    return ManifestLoader.load(write(yaml), root, env, requireSecrets, listener);
  }

  /** The problems as printed ({@code file:line:column: field: message}); fails when the load succeeds. */
  List<String> problems(String yaml) {
    return problems(yaml, ALL_SET, true);
  }

  List<String> problems(String yaml, EnvLookup env, boolean requireSecrets) {
    return exception(yaml, env, requireSecrets).problems().stream().map(ManifestProblem::toString).toList();
  }

  ManifestException exception(String yaml, EnvLookup env, boolean requireSecrets) {
    try {
      ManifestLoader.load(write(yaml), root, env, requireSecrets, listener);
    } catch (ManifestException e) {
      return e;
    }
    throw new AssertionError("the manifest loaded, but problems were expected:\n" + yaml);
  }
}
