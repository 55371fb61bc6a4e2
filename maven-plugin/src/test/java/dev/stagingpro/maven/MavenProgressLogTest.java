package dev.stagingpro.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import org.junit.jupiter.api.Test;

class MavenProgressLogTest {
  private final RecordingLog log = new RecordingLog(false);
  private final SecretMasker masker = new SecretMasker();
  private final MavenProgressLog progress = new MavenProgressLog(log, masker);

  @Test
  void eachKindGoesToItsLevelWithEveryKnownSecretMasked() {
    masker.register(Secret.of("tok-en-1234"));

    progress.info("using tok-en-1234");
    progress.warn("deprecated, tok-en-1234");
    progress.onEvent(ProgressEvent.error("bad value tok-en-1234", "stagingpro.yml", 7));
    progress.onEvent(ProgressEvent.error("no file here", null, 0));

    assertThat(log.lines).containsExactly(
        "INFO using ****",
        "WARN deprecated, ****",
        "ERROR stagingpro.yml:7: bad value ****",
        "ERROR no file here");
  }

  @Test
  void progressIsALinePerTenthOfTheWorkAndOneAtTheEnd() {
    for (int done = 1; done <= 200; done++) {
      progress.progress("uploading", done, 200);
    }

    assertThat(log.lines).hasSize(11);
    assertThat(log.lines.get(0)).isEqualTo("INFO uploading: 1/200 (0%)");
    assertThat(log.lines.get(1)).isEqualTo("INFO uploading: 20/200 (10%)");
    assertThat(log.lines.get(10)).isEqualTo("INFO uploading: 200/200 (100%)");
  }

  @Test
  void progressOfUnknownTotalIsALineEveryHundredItems() {
    for (int done = 1; done <= 250; done++) {
      progress.progress("exporting products", done, -1);
    }

    assertThat(log.lines).containsExactly(
        "INFO exporting products: 1", "INFO exporting products: 100", "INFO exporting products: 200");
  }

  @Test
  void debugLinesAreWrittenOnlyWhenDebugIsOnAndAreMaskedToo() {
    masker.register(Secret.of("tok-en-1234"));
    RecordingLog debugLog = new RecordingLog(true);

    progress.debug("hidden");
    new MavenProgressLog(debugLog, masker).debug("shown tok-en-1234");

    assertThat(log.lines).isEmpty();
    assertThat(debugLog.lines).containsExactly("DEBUG shown ****");
  }
}
