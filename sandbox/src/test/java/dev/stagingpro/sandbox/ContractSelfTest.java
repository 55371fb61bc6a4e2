package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.Contracts;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proves the contract check can fail: a divergent request and a divergent answer are both caught. */
class ContractSelfTest {
  @Test
  void aRequestThatBreaksTheSpecIsRejected() {
    try (SandboxFixture sandbox = new SandboxFixture()) {
      ApiClient api = ApiClient.of(sandbox.store("self-test"));
      assertThatThrownBy(() -> api.post("/v3/catalog/brands", map("name", 42)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Contract violation")
          .hasMessageContaining("validation.request.body.schema.type");
    }
  }

  @Test
  void anAnswerThatBreaksTheSpecIsRejected() {
    byte[] answer = "{\"data\":{\"id\":\"seven\",\"name\":\"Acme\"},\"meta\":{}}".getBytes(StandardCharsets.UTF_8);
    List<String> problems = Contracts.get().check(new Contracts.Exchange("GET", "/v3/catalog/brands/7", Map.of(),
        Map.of("Accept", "application/json", "X-Auth-Token", "t"), null, 200,
        Map.of("Content-Type", List.of("application/json")), answer), true);
    assertThat(problems).anyMatch(p -> p.contains("/data/id"));
  }
}
