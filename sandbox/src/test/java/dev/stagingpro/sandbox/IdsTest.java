package dev.stagingpro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

class IdsTest {
  @RepeatedTest(50)
  void storeHashesStartWithALetterSoUnquotedYamlReadsThemAsText() {
    assertThat(Ids.hash()).hasSize(10).matches("[a-z][a-z0-9]{9}");
  }
}
