package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.sandbox.support.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
  @TempDir
  Path data;

  private SandboxServer start() {
    return SandboxServer.start(SandboxOptions.defaults().dataDir(data));
  }

  @Test
  void storesSurviveARestartWithTheirHashTokenAndRecords() {
    String hash;
    String token;
    long productId;
    try (SandboxServer server = start()) {
      SandboxStore store = server.createStore("durable");
      hash = store.hash();
      token = store.token().reveal();
      ApiClient api = ApiClient.of(store);
      productId = api.post("/v3/catalog/products", map("name", "Kept", "type", "physical", "weight", 1, "price", 5)).data()
          .get("id").asLong();
      api.post("/v3/channels/1/metafields", map("namespace", "n", "key", "k", "value", "v", "permission_set", "read"));
    }
    try (SandboxServer server = start()) {
      SandboxStore store = server.store(hash);
      assertThat(store.token().reveal()).isEqualTo(token);
      ApiClient api = ApiClient.of(store);
      assertThat(api.get("/v3/catalog/products/" + productId).data().get("name").asText()).isEqualTo("Kept");
      assertThat(api.get("/v3/channels/1/metafields").data()).hasSize(1);
      long next = api.post("/v3/catalog/products", map("name", "Next", "type", "physical", "weight", 1, "price", 5)).data()
          .get("id").asLong();
      assertThat(next).isGreaterThan(productId);
    }
  }

  @Test
  void aJournalLineCutShortByACrashIsIgnoredAndTheRestLoads() throws IOException {
    String hash;
    try (SandboxServer server = start()) {
      SandboxStore store = server.createStore("crashy");
      hash = store.hash();
      ApiClient api = ApiClient.of(store);
      store.data().snapshot();
      api.post("/v3/catalog/brands", map("name", "Before crash"));
      // simulate the process dying while appending the next request's line
      Path journal = data.resolve("stores").resolve(hash).resolve("journal.jsonl");
      Files.writeString(journal, "{\"seq\":999,\"changes\":[{\"t\":\"brands\",\"i\":2,\"l\":2,\"r\":{\"name\":\"Half",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      // and a temporary file left behind by an interrupted atomic write
      Files.writeString(data.resolve("stores").resolve(hash).resolve(".store.json123.tmp"), "{garbage");
      haltWithoutSnapshot(server);
    }
    try (SandboxServer server = start()) {
      ApiClient api = ApiClient.of(server.store(hash));
      List<String> names = api.get("/v3/catalog/brands").data().findValuesAsText("name");
      assertThat(names).containsExactly("Before crash");
    }
  }

  @Test
  void writesAfterASnapshotReplayFromTheJournal() {
    String hash;
    try (SandboxServer server = start()) {
      SandboxStore store = server.createStore("journal");
      hash = store.hash();
      ApiClient api = ApiClient.of(store);
      api.post("/v3/catalog/brands", map("name", "In snapshot"));
      store.data().snapshot();
      api.post("/v3/catalog/brands", map("name", "In journal"));
      haltWithoutSnapshot(server);
    }
    try (SandboxServer server = start()) {
      assertThat(ApiClient.of(server.store(hash)).get("/v3/catalog/brands").data().findValuesAsText("name"))
          .containsExactly("In snapshot", "In journal");
    }
  }

  /** Stops answering without the final snapshot, as a killed process would leave its files. */
  private static void haltWithoutSnapshot(SandboxServer server) {
    server.haltForTest();
  }
}
