package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.secret.SecretMasker;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvLookupTest {
  @Test
  void maskedByRegistersEveryValueItHandsOut() {
    SecretMasker masker = new SecretMasker();
    EnvLookup lookup = EnvLookup.of(Map.of("TOKEN", "abc-secret-123", "OTHER", "other-secret")).maskedBy(masker);

    assertThat(masker.mask("sent abc-secret-123")).isEqualTo("sent abc-secret-123");
    assertThat(lookup.get("TOKEN")).contains("abc-secret-123");
    assertThat(lookup.get("MISSING")).isEmpty();

    assertThat(masker.mask("sent abc-secret-123 and other-secret")).isEqualTo("sent **** and other-secret");
  }
}
