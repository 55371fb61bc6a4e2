package dev.stagingpro.core.ci;

import dev.stagingpro.core.StagingProException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run journals and reports under {@code .stagingpro/runs/} that a CI build keeps with the
 * build (Jenkins archives them as artifacts), as {@code /}-separated paths relative to the
 * workspace. Symbolic links are not followed, so nothing outside the folder is picked up.
 */
public final class RunJournalFiles {
  public static final String FOLDER = ".stagingpro/runs";

  private RunJournalFiles() {}

  public static List<String> list(Path workspaceDir) {
    Path runs = workspaceDir.resolve(FOLDER);
    if (!Files.isDirectory(runs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(runs)) {
      return files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .map(f -> workspaceDir.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw StagingProException.failed("cannot list " + runs + " to archive it: " + e.getMessage(), e);
    }
  }
}
