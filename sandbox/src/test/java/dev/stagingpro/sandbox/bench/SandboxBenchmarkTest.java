package dev.stagingpro.sandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.gen.DataSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for the closing note, not pass/fail timings: start-up time, simple GETs per second on
 * loopback, heap for a store of 100,000 products. Run with
 * {@code -Dgroups=benchmark -DexcludedGroups=none -Dtest=SandboxBenchmarkTest}.
 */
@Tag("benchmark")
class SandboxBenchmarkTest {
  @TempDir
  Path data;

  @Test
  void startUpTime() {
    long first = timeStart(SandboxOptions.defaults());
    long second = timeStart(SandboxOptions.defaults());
    try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults().dataDir(data))) {
      server.createStore("persisted").generate(DataSpec.of(1, 10_000));
    }
    long started = System.nanoTime();
    try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults().dataDir(data))) {
      long reloaded = (System.nanoTime() - started) / 1_000_000;
      assertThat(server.stores()).hasSize(1);
      System.out.printf("BENCHMARK start-up: first in JVM %d ms, again %d ms, with a persisted 10,000-product store %d ms%n",
          first, second, reloaded);
    }
  }

  private static long timeStart(SandboxOptions options) {
    long started = System.nanoTime();
    try (SandboxServer server = SandboxServer.start(options)) {
      server.createStore("bench");
      return (System.nanoTime() - started) / 1_000_000;
    }
  }

  @Test
  void simpleGetsPerSecond() throws Exception {
    try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults())) {
      SandboxStore store = server.createStore("throughput").generate(DataSpec.of(3, 1_000));
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int threads : List.of(1, 4)) {
        run(client, store, "/v2/time", threads, Duration.ofSeconds(1));
        double time = run(client, store, "/v2/time", threads, Duration.ofSeconds(4));
        double product = run(client, store, "/v3/catalog/products/{id}", threads, Duration.ofSeconds(4));
        System.out.printf("BENCHMARK loopback GETs/s with %d client thread(s): /v2/time %.0f, /v3/catalog/products/{id} %.0f%n",
            threads, time, product);
      }
    }
  }

  private static double run(HttpClient client, SandboxStore store, String path, int threads, Duration duration)
      throws InterruptedException {
    AtomicLong ok = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          String concrete = path.replace("{id}", Integer.toString(1 + ThreadLocalRandom.current().nextInt(1_000)));
          HttpRequest request = HttpRequest.newBuilder(URI.create(store.apiUrl() + "/stores/" + store.hash() + concrete))
              .header("X-Auth-Token", store.token().reveal()).header("Accept", "application/json").build();
          try {
            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
              ok.incrementAndGet();
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return ok.get() / (duration.toMillis() / 1000.0);
  }

  @Test
  void heapForOneHundredThousandProducts() throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults())) {
      SandboxStore store = server.createStore("heap");
      long before = usedAfterGc(memory);
      long started = System.nanoTime();
      store.generate(DataSpec.of(11, 100_000).customers(10_000));
      long generated = (System.nanoTime() - started) / 1_000_000;
      long after = usedAfterGc(memory);
      HttpClient client = HttpClient.newHttpClient();
      long query = System.nanoTime();
      HttpResponse<String> bySku = client.send(HttpRequest.newBuilder(URI.create(store.v3Url()
          + "/catalog/products?sku=GEN-99999&include=variants,images,custom_fields"))
          .header("X-Auth-Token", store.token().reveal()).build(), HttpResponse.BodyHandlers.ofString());
      long skuMs = (System.nanoTime() - query) / 1_000_000;
      query = System.nanoTime();
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(store.v3Url()
          + "/catalog/products?page=1000&limit=50"))
          .header("X-Auth-Token", store.token().reveal()).build(), HttpResponse.BodyHandlers.ofString());
      long pageMs = (System.nanoTime() - query) / 1_000_000;
      assertThat(bySku.body()).contains("GEN-99999-M");
      assertThat(page.statusCode()).isEqualTo(200);
      System.out.printf("BENCHMARK heap for 100,000 products (3 variants, 2 images, 2 custom fields each) and 10,000 customers:"
          + " %d MiB (generated in %d ms); GET by SKU %d ms, GET page 1000 of 50 %d ms%n",
          (after - before) / (1024 * 1024), generated, skuMs, pageMs);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
