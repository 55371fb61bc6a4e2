package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's own build runs through the real shell (POSIX here). */
class ThemeBuildRunnerTest {
  @TempDir Path dir;
  final List<String> lines = new ArrayList<>();

  private void run(String command, Duration timeout) {
    ThemeBuildRunner.run(command, dir, timeout, event -> {
      if (event.kind() == ProgressEvent.Kind.INFO) {
        synchronized (lines) {
          lines.add(event.message());
        }
      }
    });
  }

  @Test
  void streamsEveryLineOfOutputAndErrors() {
    run("echo one; echo two >&2; echo three", Duration.ofSeconds(20));
    assertThat(lines).contains("build | one", "build | two", "build | three", "build finished");
  }

  @Test
  void aFailingBuildFailsWithItsLastLines() {
    assertThatThrownBy(() -> run("echo compiling; echo 'error: no webpack'; exit 3", Duration.ofSeconds(20)))
        .isInstanceOf(StagingProException.class).hasMessageContaining("exit code 3").hasMessageContaining("error: no webpack");
  }

  @Test
  void aBuildOverItsTimeoutIsStopped() {
    assertThatThrownBy(() -> run("sleep 30", Duration.ofMillis(300)))
        .isInstanceOf(StagingProException.class).hasMessageContaining("did not finish within");
  }
}
