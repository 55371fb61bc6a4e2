package dev.stagingpro.core.store.bigcommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.FakeTime;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.core.store.bigcommerce.ScriptedStore.Reply;
import dev.stagingpro.core.store.model.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector over real HTTP against a scripted loopback store (see {@link ScriptedStore}). */
class ConnectorOverHttpTest {
  private static final String TOKEN = "secret-token-0123456789";

  private final ScriptedStore store = newStore();
  private final FakeTime time = new FakeTime(1_000_000);
  private final ConnectorOptions options =
      ConnectorOptions.defaults()
          .withTime(time, time, new Random(1))
          .withRetries(4, Duration.ofMillis(100), Duration.ofSeconds(2))
          .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    store.close();
  }

  @Test
  void theStartupCheckReadsTheStoreAndSendsTheToken() {
    try (StoreConnector connector = connect()) {
      assertThat(connector.storeInfo().name()).isEqualTo("Scripted");
      assertThat(store.seen("GET /v2/store")).singleElement()
          .satisfies(s -> assertThat(s.token()).isEqualTo(TOKEN));
    }
  }

  @Test
  void aWrongTokenIsBadInputNamingTheEnvironmentNotTheToken() {
    store.next("GET /v2/store", Reply.json(401, "{\"status\":401,\"title\":\"bad token " + TOKEN + "\"}"));

    assertThatThrownBy(this::connect)
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("environment 'scripted'").hasMessageContaining("401")
        .hasMessageNotContaining(TOKEN)
        .satisfies(e -> assertThat(((StagingProException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void missingScopesAndAWrongHashAreTold() {
    store.next("GET /v2/store", Reply.json(403, "{}"), Reply.json(404, "{}"));

    assertThatThrownBy(this::connect).hasMessageContaining("lacks a scope").hasMessageContaining("403");
    assertThatThrownBy(this::connect).hasMessageContaining("No store with hash 'abc123'").hasMessageContaining("404");
  }

  @Test
  void readsAreRetriedThroughServerErrorsAndDroppedConnections() {
    try (StoreConnector connector = connect()) {
      store.next("GET /v2/time", Reply.json(503, "{}"), ScriptedStore.DROP, Reply.json(500, "{}"));
      store.on("GET /v2/time", s -> Reply.json(200, "{\"time\": 1700000000}"));

      assertThat(connector.storeTime().getEpochSecond()).isEqualTo(1_700_000_000L);
      assertThat(connector.metrics().snapshot().retries()).isEqualTo(3);
      assertThat(connector.metrics().snapshot().requestsByEndpoint()).containsEntry("GET /v2/time", 4L);
    }
  }

  @Test
  void retriesAreBoundedAndTheErrorIsTheStoresMaskedMessage() {
    try (StoreConnector connector = connect()) {
      store.on("GET /v2/time", s -> Reply.json(503, "{\"title\":\"down, token " + TOKEN + "\"}"));

      assertThatThrownBy(connector::storeTime)
          .isInstanceOf(StoreApiException.class)
          .hasMessageContaining("'scripted'").hasMessageContaining("503").hasMessageContaining("GET /v2/time")
          .hasMessageNotContaining(TOKEN);
      assertThat(store.seen("GET /v2/time")).hasSize(4);
    }
  }

  @Test
  void a429WaitsAsLongAsTheStoreSaysThenRetries() {
    try (StoreConnector connector = connect()) {
      store.next("GET /v2/time", new Reply(429, Map.of("X-Retry-After", "3", "X-Rate-Limit-Time-Reset-Ms", "1200",
          "X-Rate-Limit-Requests-Left", "0", "X-Rate-Limit-Requests-Quota", "10"), "{}"));
      store.on("GET /v2/time", s -> Reply.json(200, "{\"time\": 5}"));
      long before = time.millis();

      connector.storeTime();

      assertThat(time.millis() - before).isGreaterThanOrEqualTo(3_000);
      assertThat(connector.metrics().snapshot().rateLimited()).isEqualTo(1);
    }
  }

  @Test
  void aCreateWhoseAnswerWasLostIsLookedUpNotRepeated() {
    List<String> saved = productStore();
    store.next("POST /v3/catalog/products", ScriptedStore.commitThenDrop());

    try (StoreConnector connector = connect()) {
      BatchResult<Product> result = connector.products().create(List.of(draft("MUG-1")));

      assertThat(result.failed()).isEmpty();
      assertThat(result.succeeded()).extracting(Product::sku).containsExactly("MUG-1");
      assertThat(saved).containsExactly("MUG-1");
      assertThat(store.seen("POST /v3/catalog/products")).hasSize(1);
      assertThat(connector.metrics().snapshot().recoveredCreates()).isEqualTo(1);
    }
  }

  @Test
  void aCreateThatFailedBeforeSavingIsSentAgainAfterTheLookup() {
    List<String> saved = productStore();
    store.next("POST /v3/catalog/products", Reply.json(502, "<html>bad gateway</html>"), ScriptedStore.DROP);

    try (StoreConnector connector = connect()) {
      BatchResult<Product> result = connector.products().create(List.of(draft("MUG-2")));

      assertThat(result.succeeded()).extracting(Product::sku).containsExactly("MUG-2");
      assertThat(saved).containsExactly("MUG-2");
      assertThat(store.seen("POST /v3/catalog/products")).hasSize(3);
      assertThat(store.seen("GET /v3/catalog/products")).hasSize(2)
          .allSatisfy(s -> assertThat(s.query()).containsEntry("sku:in", "MUG-2"));
    }
  }

  @Test
  void anExistingRecordIsAFailureWithTheStoresMessageNotAnUpdate() {
    productStore();
    try (StoreConnector connector = connect()) {
      connector.products().create(List.of(draft("MUG-3")));

      BatchResult<Product> again = connector.products().create(List.of(draft("MUG-3"), draft("MUG-4")));

      assertThat(again.succeeded()).extracting(Product::sku).containsExactly("MUG-4");
      assertThat(again.failed()).singleElement().satisfies(f -> {
        assertThat(f.index()).isZero();
        assertThat(f.key()).isEqualTo("sku:MUG-3");
        assertThat(f.status()).isEqualTo(409);
        assertThat(f.message()).contains("SKU is already in use");
      });
    }
  }

  @Test
  void listsFollowPagesUntilTheLast() {
    store.on("GET /v3/catalog/brands", s -> {
      int page = Integer.parseInt(s.query().get("page"));
      String data = page == 1 ? "[{\"id\":1,\"name\":\"A\"},{\"id\":2,\"name\":\"B\"}]" : "[{\"id\":3,\"name\":\"C\"}]";
      return Reply.json(200, "{\"data\":" + data + ",\"meta\":{\"pagination\":{\"current_page\":" + page
          + ",\"total_pages\":2}}}");
    });
    store.on("GET /v3/customers", s -> {
      boolean first = !s.query().containsKey("after");
      String data = first ? "[{\"id\":1,\"email\":\"a@x\"}]" : "[{\"id\":2,\"email\":\"b@x\"}]";
      String next = first ? ",\"links\":{\"next\":\"?after=c1\"}" : ",\"links\":{}";
      return Reply.json(200, "{\"data\":" + data + ",\"meta\":{\"cursor_pagination\":{\"end_cursor\":\"c1\"" + next + "}}}");
    });

    try (StoreConnector connector = connect()) {
      assertThat(connector.brands().list(ListQuery.all())).extracting(b -> b.name()).containsExactly("A", "B", "C");
      assertThat(connector.customers().list(ListQuery.all())).extracting(c -> c.email()).containsExactly("a@x", "b@x");
    }
    assertThat(store.seen("GET /v3/brands")).isEmpty();
    assertThat(store.seen("GET /v3/catalog/brands")).extracting(s -> s.query().get("limit")).containsOnly("250");
    assertThat(store.seen("GET /v3/customers")).extracting(s -> s.query().get("after")).containsExactly(null, "c1");
  }

  private StoreConnector connect() {
    return StoreConnectors.connect(store.endpoint(TOKEN), options);
  }

  /** Products keyed by SKU: POST saves (409 on a taken SKU), GET filters by sku:in. */
  private List<String> productStore() {
    List<String> saved = new CopyOnWriteArrayList<>();
    store.on("POST /v3/catalog/products", s -> {
      String sku = s.body().replaceAll(".*\"sku\":\"([^\"]+)\".*", "$1");
      if (saved.contains(sku)) {
        return Reply.json(409, "{\"status\":409,\"title\":\"The product SKU is already in use.\"}");
      }
      saved.add(sku);
      return Reply.json(200, "{\"data\":{\"id\":" + saved.size() + ",\"sku\":\"" + sku + "\"}}");
    });
    store.on("GET /v3/catalog/products", s -> {
      String wanted = s.query().getOrDefault("sku:in", "");
      String data = saved.contains(wanted) ? "[{\"id\":" + (saved.indexOf(wanted) + 1) + ",\"sku\":\"" + wanted + "\"}]" : "[]";
      return Reply.json(200, "{\"data\":" + data + ",\"meta\":{\"pagination\":{\"current_page\":1,\"total_pages\":1}}}");
    });
    return saved;
  }

  private static Product draft(String sku) {
    return Product.draft("Mug " + sku, "physical", sku, new BigDecimal("9.99"), BigDecimal.ONE);
  }

  private static ScriptedStore newStore() {
    try {
      return new ScriptedStore();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
