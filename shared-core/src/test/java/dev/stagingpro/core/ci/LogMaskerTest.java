package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogMaskerTest {
  private final List<String> lines = new ArrayList<>();
  private final LogMasker log = new LogMasker(lines::add);

  @Test
  void masksRegisteredSecretsInEveryLine() {
    log.registerAll(List.of(Secret.of("tok-1234"), Secret.of("pa55word!")));

    log.println("token tok-1234 and again tok-1234\npassword pa55word! on line two");
    log.println("nothing secret");

    assertThat(lines).containsExactly("token **** and again ****", "password **** on line two", "nothing secret");
    assertThat(log.mask("failed with tok-1234")).isEqualTo("failed with ****");
  }

  @Test
  void masksEveryValueTheManifestVariablesResolvedTo() {
    EnvLookup env = log.watching(EnvLookup.of(Map.of("BC_TOKEN", "from-with-credentials", "UNUSED", "never-read")));

    log.println("before: from-with-credentials");
    assertThat(env.get("BC_TOKEN")).contains("from-with-credentials");
    assertThat(env.get("MISSING")).isEmpty();
    log.println("after: from-with-credentials, never-read");

    assertThat(lines).containsExactly("before: from-with-credentials", "after: ****, never-read");
  }

  @Test
  void aLogWithLevelsGetsWarningsAndErrorsAtThoseLevelsAndAPlainLogGetsThemMarked() {
    List<String> leveled = new ArrayList<>();
    LogMasker withLevels = new LogMasker(l -> leveled.add("info " + l), l -> leveled.add("warn " + l), l -> leveled.add("error " + l));
    withLevels.registerAll(List.of(Secret.of("tok-1234")));
    log.registerAll(List.of(Secret.of("tok-1234")));

    for (LogMasker each : List.of(withLevels, log)) {
      each.println("using tok-1234");
      each.warn("deprecated\nsecond line tok-1234");
      each.error("refused tok-1234");
    }

    assertThat(leveled).containsExactly("info using ****", "warn deprecated", "warn second line ****", "error refused ****");
    assertThat(lines).containsExactly("using ****", "WARNING: deprecated", "WARNING: second line ****", "ERROR: refused ****");
  }
}
