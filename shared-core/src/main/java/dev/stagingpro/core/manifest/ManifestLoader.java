package dev.stagingpro.core.manifest;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and validates {@code stagingpro.yml} (format v1, docs/manifest.md). */
public final class ManifestLoader {
  private ManifestLoader() {}

  /**
   * Loads {@code manifestFile}, whose relative paths are resolved against {@code repoRoot}.
   * Unset {@code ${VAR}} references are problems only when {@code requireSecrets} is true.
   * Deprecations are reported to {@code listener} as warnings.
   *
   * @throws ManifestException with every problem found, each with file, line and column
   */
  public static Manifest load(Path manifestFile, Path repoRoot, EnvLookup env, boolean requireSecrets, ProgressListener listener) {
    Path root = repoRoot.toAbsolutePath().normalize();
    Path file = manifestFile.toAbsolutePath().normalize();
    ReadContext context = new ReadContext(displayName(file, root));
    Optional<Manifest> manifest = readText(file, context)
        .flatMap(text -> ManifestYaml.parse(text, context).or(() -> reportEmpty(context)))
        .flatMap(node -> new ManifestReader(file, root).read(new YamlValue(node, "", node.getStartMark(), context)));
    if (requireSecrets) {
      checkVariablesSet(context, env);
    }
    context.warnings().forEach(warning -> listener.onEvent(new ProgressEvent(
        ProgressEvent.Kind.WARNING, warning.toString(), 0, 0, warning.file(), warning.line())));
    if (context.hasProblems() || manifest.isEmpty()) {
      throw new ManifestException(context.problems());
    }
    return manifest.get();
  }

  /** The file as people see it in the repository (relative, with '/'), or as given when outside it. */
  private static String displayName(Path file, Path root) {
    return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
  }

  private static Optional<String> readText(Path file, ReadContext context) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      context.problem(null, "", "not found; create the manifest (see docs/manifest.md)");
    } catch (CharacterCodingException e) {
      context.problem(null, "", "is not UTF-8 text");
    } catch (IOException e) {
      context.problem(null, "", "cannot be read: " + e.getClass().getSimpleName());
    }
    return Optional.empty();
  }

  private static Optional<Node> reportEmpty(ReadContext context) {
    if (!context.hasProblems()) {
      context.problem(new Mark("", 0, 0, 0, new int[0], 0), "", "the manifest is empty; it needs at least version: "
          + ManifestReader.VERSION + " and environments");
    }
    return Optional.empty();
  }

  /** Each {@code ${VAR}} must name a variable that is set (and not empty) where the operation runs. */
  private static void checkVariablesSet(ReadContext context, EnvLookup env) {
    context.secrets().stream()
        .filter(use -> use.ref().resolve(env).isEmpty())
        .forEach(use -> context.problem(use.mark(), use.field(), "environment variable " + use.ref().variable()
            + " is not set (or is empty); set it, or add it to the CI's secrets"));
  }
}
