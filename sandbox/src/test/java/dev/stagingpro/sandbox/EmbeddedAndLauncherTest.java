package dev.stagingpro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.embedded.EmbeddedSandboxProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedAndLauncherTest {
  @TempDir
  Path state;

  @Test
  void providerIsFoundAndKeepsTheStoreAcrossCommands() throws Exception {
    EmbeddedSandboxProvider provider = ServiceLoader.load(EmbeddedSandboxProvider.class).findFirst().orElseThrow();
    StoreEndpoint first;
    try (EmbeddedSandboxProvider.OpenSandbox open = provider.open("integration", "demo", state)) {
      first = open.endpoint();
      try (EmbeddedSandboxProvider.OpenSandbox again = provider.open("integration", "demo", state)) {
        assertThat(again.endpoint().apiUrl()).isEqualTo(first.apiUrl());
        assertThat(again.endpoint().storeHash()).isEqualTo(first.storeHash());
      }
      assertThat(get(first, "/channels/1")).contains("\"status\":\"active\"");
      assertThat(get(first.v2BaseUrl() + "/store", first)).contains("\"multi_storefront_enabled\":true");
    }
    try (EmbeddedSandboxProvider.OpenSandbox reopened = provider.open("integration", "demo", state)) {
      assertThat(reopened.endpoint().storeHash()).isEqualTo(first.storeHash());
      assertThat(reopened.endpoint().token()).isEqualTo(first.token());
      assertThat(reopened.endpoint().environment()).isEqualTo("integration");
    }
  }

  @Test
  void launcherPrintsEveryStoreWithHashAndToken() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (SandboxServer server = SandboxLauncher.start(
        new SandboxLauncher.Options(0, state, List.of("staging", "production"), dev.stagingpro.sandbox.knobs.RateLimit.STANDARD), out)) {
      String printed = bytes.toString(StandardCharsets.UTF_8);
      for (SandboxStore store : server.stores()) {
        assertThat(printed).contains(store.hash()).contains(store.token().reveal());
      }
      assertThat(printed).contains(server.baseUrl());
      assertThat(server.stores()).extracting(SandboxStore::name).containsExactly("production", "staging");
    }
  }

  private static String get(StoreEndpoint endpoint, String path) throws Exception {
    return get(endpoint.v3BaseUrl() + path, endpoint);
  }

  private static String get(String url, StoreEndpoint endpoint) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("X-Auth-Token", endpoint.token().reveal()).header("Accept", "application/json").build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
