package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.sandbox.knobs.Fault;
import dev.stagingpro.sandbox.knobs.FaultPlan;
import dev.stagingpro.sandbox.knobs.RateLimit;
import dev.stagingpro.sandbox.observe.RequestRecord;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KnobsTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();

  @Test
  void rateLimitCountsRequestsPerWindowOnTheSandboxClock() {
    SandboxStore store = sandbox.store("limited");
    store.knobs().rateLimit(RateLimit.of(3, Duration.ofSeconds(2)));
    ApiClient api = ApiClient.of(store);
    ApiResponse first = api.get("/v2/time");
    assertThat(first.header("X-Rate-Limit-Requests-Quota")).isEqualTo("3");
    assertThat(first.header("X-Rate-Limit-Requests-Left")).isEqualTo("2");
    assertThat(first.header("X-Rate-Limit-Time-Window-Ms")).isEqualTo("2000");
    assertThat(first.header("X-Rate-Limit-Time-Reset-Ms")).isEqualTo("2000");
    api.get("/v2/time");
    sandbox.clock.advance(Duration.ofMillis(500));
    assertThat(api.get("/v2/time").header("X-Rate-Limit-Requests-Left")).isEqualTo("0");
    ApiResponse limited = api.get("/v2/time");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("X-Retry-After")).isEqualTo("2");
    assertThat(limited.header("X-Rate-Limit-Time-Reset-Ms")).isEqualTo("1500");
    sandbox.clock.advance(Duration.ofMillis(1500));
    assertThat(api.get("/v2/time").status()).isEqualTo(200);
    assertThat(store.requestLog().countStatus(429)).isEqualTo(1);
  }

  @Test
  void presetsMatchThePlanTiers() {
    assertThat(RateLimit.preset("standard")).isEqualTo(RateLimit.of(150, Duration.ofSeconds(30)));
    assertThat(RateLimit.preset("pro")).isEqualTo(RateLimit.of(450, Duration.ofSeconds(30)));
  }

  @Test
  void commitThenFailAppliesTheWriteButLosesTheAnswer() {
    SandboxStore store = sandbox.store("commit-then-fail");
    ApiClient api = ApiClient.of(store);
    store.knobs().failNext("POST /v3/catalog/brands", Fault.COMMIT_THEN_DROP, Fault.COMMIT_THEN_502);
    assertThatThrownBy(() -> api.post("/v3/catalog/brands", map("name", "Dropped")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(api.unchecked().post("/v3/catalog/brands", map("name", "Gateway")).status()).isEqualTo(502);
    assertThat(api.get("/v3/catalog/brands?name=Dropped").data()).hasSize(1);
    assertThat(api.get("/v3/catalog/brands?name=Gateway").data()).hasSize(1);
    assertThat(api.post("/v3/catalog/brands", map("name", "Dropped")).status()).isEqualTo(409);
    List<RequestRecord> posts = store.requestLog().records(r -> r.route().equals("POST /v3/catalog/brands"));
    assertThat(posts).extracting(RequestRecord::status).containsExactly(0, 502, 409);
    assertThat(posts).extracting(RequestRecord::committed).containsExactly(true, true, false);
  }

  @Test
  void plainFaultsDoNotApplyTheWrite() {
    SandboxStore store = sandbox.store("faults");
    ApiClient api = ApiClient.of(store);
    store.knobs().failNext("POST /v3/catalog/brands", Fault.HTTP_503, Fault.DROP);
    assertThat(api.unchecked().post("/v3/catalog/brands", map("name", "Lost")).status()).isEqualTo(503);
    assertThatThrownBy(() -> api.post("/v3/catalog/brands", map("name", "Lost"))).isInstanceOf(UncheckedIOException.class);
    assertThat(api.get("/v3/catalog/brands?name=Lost").data()).isEmpty();
    assertThat(store.requestLog().count("POST", "/v3/catalog/brands")).isEqualTo(2);
  }

  @Test
  void seededFaultsRepeatForTheSameSeed() {
    List<Integer> first = statuses(sandbox.store("seed-a"));
    List<Integer> second = statuses(sandbox.store("seed-b"));
    assertThat(first).isEqualTo(second).contains(200).containsAnyOf(500, 502, 503, 504);
  }

  private static List<Integer> statuses(SandboxStore store) {
    store.knobs().faults(FaultPlan.seeded(42).errorRate(0.5));
    ApiClient api = ApiClient.of(store).unchecked();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(api.get("/v2/time").status());
    }
    return statuses;
  }

  @Test
  void endpointConcurrencyCapAnswers429() throws Exception {
    SandboxStore store = sandbox.store("capped");
    ApiClient api = ApiClient.of(store);
    store.knobs().latency(Duration.ofMillis(1500));
    CompletableFuture<ApiResponse> slow = CompletableFuture.supplyAsync(() -> api.get("/v3/catalog/trees/1/categories"));
    // The cap is checked before the latency, so the second request is refused while the first one waits.
    awaitHeld(store.cap("GET /v3/catalog/trees/{tree_id}/categories", 1), slow);
    ApiResponse second = api.unchecked().get("/v3/catalog/trees/1/categories");
    assertThat(second.status()).isEqualTo(429);
    assertThat(slow.get().status()).isEqualTo(200);
    store.knobs().latency(Duration.ZERO);
    store.knobs().concurrencyCaps(false);
    assertThat(api.get("/v3/catalog/trees/1/categories").status()).isEqualTo(200);
  }

  /** Waits until the slow request holds the endpoint's only permit (polling, no fixed guess of how long that takes). */
  private static void awaitHeld(Semaphore cap, CompletableFuture<?> holder) throws InterruptedException {
    while (cap.availablePermits() > 0) {
      assertThat(holder).as("the first request ended before it was seen holding the permit").isNotDone();
      Thread.sleep(2);
    }
  }

  @Test
  void aRequestIsInTheLogOnceItsAnswerArrived() {
    // Logging after the answer left made this a race; many rounds make losing it near certain.
    SandboxStore store = sandbox.store("logged-in-order");
    ApiClient api = ApiClient.of(store);
    for (int i = 1; i <= 300; i++) {
      api.get("/v2/time");
      assertThat(store.requestLog().total()).as("requests logged after answer %d", i).isEqualTo(i);
    }
  }

  @Test
  void requestLogCountsPerRouteTemplate() {
    SandboxStore store = sandbox.store("logged");
    ApiClient api = ApiClient.of(store);
    long id = api.post("/v3/catalog/products", map("name", "Logged", "type", "physical", "weight", 1, "price", 1)).data().get("id").asLong();
    api.get("/v3/catalog/products/" + id);
    api.get("/v3/catalog/products/" + id + "?include=variants");
    assertThat(store.requestLog().count("GET /v3/catalog/products/{product_id}")).isEqualTo(2);
    assertThat(store.requestLog().counters()).containsEntry("POST /v3/catalog/products", 1L);
    RequestRecord last = store.requestLog().records().get(2);
    assertThat(last.query()).isEqualTo("include=variants");
    assertThat(last.clientId()).isEqualTo(store.account().clientId());
  }
}
