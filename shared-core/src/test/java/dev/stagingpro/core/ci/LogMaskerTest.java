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
}
