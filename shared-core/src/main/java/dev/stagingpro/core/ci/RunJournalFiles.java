package dev.stagingpro.core.ci;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.ops.Workspace;
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
  /** {@code .stagingpro/runs}, where {@link RunJournal} keeps runs. */
  public static final String FOLDER = RunJournal.runsFolder(Path.of(Workspace.STATE_DIR)).toString().replace('\\', '/');

  private RunJournalFiles() {}

  public static List<String> list(Path workspaceDir) {
    Path runs = RunJournal.runsFolder(workspaceDir.resolve(Workspace.STATE_DIR));
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
