package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.api.themes.SampleBundle;
import dev.stagingpro.sandbox.knobs.ThemeSettings;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThemesTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();

  @Test
  void storeStartsWithTheMarketplaceThemeActiveOnChannelOne() {
    ApiClient api = ApiClient.of(sandbox.store("fresh"));
    JsonNode themes = api.get("/v3/themes").data();
    assertThat(themes).hasSize(1);
    assertThat(themes.get(0).get("is_active").asBoolean()).isTrue();
    assertThat(themes.get(0).get("is_private").asBoolean()).isFalse();
    assertThat(api.get("/v3/channels/1/active-theme").data().get("active_theme_uuid").asText())
        .isEqualTo(themes.get(0).get("uuid").asText());
    assertThat(api.delete("/v3/themes/" + themes.get(0).get("uuid").asText()).status()).isEqualTo(422);
  }

  @Test
  void uploadJobMovesThroughItsStatesOnTheClockAndBlocksParallelUploads() {
    SandboxStore store = sandbox.store("jobs");
    store.knobs().themes(ThemeSettings.DEFAULT.jobDurations(Duration.ofSeconds(2), Duration.ofSeconds(4)));
    ApiClient api = ApiClient.of(store);
    ApiResponse upload = api.upload("/v3/themes", "file", "theme.zip", SampleBundle.named("Clocked", "light", "dark").zip());
    assertThat(upload.status()).isEqualTo(201);
    String job = upload.json().get("job_id").asText();
    assertThat(status(api, job)).isEqualTo("QUEUED");
    ApiResponse parallel = api.upload("/v3/themes", "file", "theme.zip", SampleBundle.named("Second").zip());
    assertThat(parallel.status()).isEqualTo(409);
    assertThat(parallel.json().get("title").asText()).contains("upload in progress");
    sandbox.clock.advance(Duration.ofSeconds(3));
    assertThat(status(api, job)).isEqualTo("WORKING");
    assertThat(api.get("/v3/themes").data()).hasSize(1);
    sandbox.clock.advance(Duration.ofSeconds(3));
    JsonNode done = api.get("/v3/themes/jobs/" + job).data();
    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    String themeId = done.at("/result/theme_id").asText();
    JsonNode theme = api.get("/v3/themes/" + themeId).data();
    assertThat(theme.get("name").asText()).isEqualTo("Clocked");
    assertThat(theme.get("variations")).extracting(v -> v.get("external_id").asText()).containsExactly("light", "dark");
  }

  @Test
  void invalidBundlesFailWithTrCodes() {
    ApiClient api = ApiClient.of(sandbox.store("invalid"));
    assertThat(errors(api, SampleBundle.named("NoHome").without("templates/pages/home.html").zip())).contains("TR-600");
    assertThat(errors(api, SampleBundle.named("Txt").withFile("templates/pages/notes.txt", "x").zip())).contains("TR-601");
    assertThat(errors(api, SampleBundle.named("Unparsed").withFile("templates/pages/about.html", "<p/>").zip())).contains("TR-601");
    assertThat(errors(api, SampleBundle.named("Twice", "a", "a").zip())).contains("TR-902");
    assertThat(errors(api, SampleBundle.named("NoId").withFile("config.json",
        "{\"name\":\"NoId\",\"version\":\"1\",\"meta\":{\"author_name\":\"a\",\"author_email\":\"b\",\"author_support_url\":\"c\"},"
            + "\"variations\":[{\"name\":\"x\"}]}").zip())).contains("TR-901");
    assertThat(errors(api, SampleBundle.named("NoAuthor").withFile("config.json",
        "{\"name\":\"NoAuthor\",\"version\":\"1\",\"variations\":[{\"id\":\"x\",\"name\":\"x\"}]}").zip())).contains("TR-900");
    assertThat(errors(api, "not a zip".getBytes())).contains("TR-300");
    assertThat(api.get("/v3/themes").data()).hasSize(1);
  }

  @Test
  void sizeAndThemeCountLimits() {
    SandboxStore store = sandbox.store("limits");
    ApiClient api = ApiClient.of(store);
    store.knobs().themes(ThemeSettings.DEFAULT.maxUploadBytes(100));
    assertThat(api.upload("/v3/themes", "file", "big.zip", new byte[200]).status()).isEqualTo(413);
    store.knobs().themes(ThemeSettings.DEFAULT.customThemeLimit(2));
    for (int i = 0; i < 2; i++) {
      assertThat(errors(api, SampleBundle.named("T" + i).zip())).isEmpty();
    }
    ApiResponse full = api.upload("/v3/themes", "file", "t.zip", SampleBundle.named("T3").zip());
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().get("title").asText()).contains("You have reached your upload limit");
    assertThat(api.upload("/v3/themes", "field", "t.zip", SampleBundle.named("T3").zip()).status()).isEqualTo(422);
  }

  @Test
  void activationPerChannelConfigurationsAndDeletion() {
    ApiClient api = ApiClient.of(sandbox.store("activate"));
    String themeId = uploaded(api, SampleBundle.named("Preview", "light", "dark")
        .template("pages/custom/product/special", "<b>special</b>").zip());
    JsonNode theme = api.get("/v3/themes/" + themeId).data();
    String dark = theme.at("/variations/1/uuid").asText();
    long preview = api.post("/v3/channels", map("name", "preview", "type", "storefront", "platform", "bigcommerce",
        "status", "prelaunch")).data().get("id").asLong();
    assertThat(api.post("/v3/themes/actions/activate?channel_id=" + preview, map("variation_id", dark, "which", "original"))
        .status()).isEqualTo(204);
    assertThat(api.get("/v3/channels/" + preview + "/active-theme").data().get("active_theme_uuid").asText()).isEqualTo(themeId);
    assertThat(api.get("/v3/channels/1/active-theme").data().get("active_theme_uuid").asText()).isNotEqualTo(themeId);
    assertThat(api.get("/v3/themes/" + themeId).data().get("is_active").asBoolean()).isTrue();
    assertThat(api.responseOnly().post("/v3/themes/actions/activate", map("variation_id", "no-such-variation")).status())
        .isEqualTo(404);

    assertThat(api.responseOnly().get("/v3/themes/" + themeId + "/configurations").status()).isEqualTo(422);
    JsonNode configurations = api.get("/v3/themes/" + themeId + "/configurations?variation_uuid=" + dark).data();
    assertThat(configurations).hasSize(1);
    assertThat(api.post("/v3/themes/" + themeId + "/configurations/validate", map("settings", map("color", "#fff"))).status())
        .isEqualTo(200);
    String version = api.get("/v3/channels/" + preview + "/active-theme").data().get("active_theme_version_uuid").asText();
    assertThat(api.get("/v3/themes/custom-templates/" + version).data().get("product").get(0).asText()).isEqualTo("special.html");

    assertThat(api.delete("/v3/themes/" + themeId).status()).isEqualTo(422);
    String cornerstone = api.get("/v3/channels/1/active-theme").data().get("active_theme_uuid").asText();
    String cornerstoneVariation = api.get("/v3/themes/" + cornerstone).data().at("/variations/0/uuid").asText();
    assertThat(api.post("/v3/themes/actions/activate?channel_id=" + preview, map("variation_id", cornerstoneVariation)).status())
        .isEqualTo(204);
    assertThat(api.delete("/v3/themes/" + themeId).status()).isEqualTo(204);
    assertThat(api.responseOnly().get("/v3/themes/" + themeId).status()).isEqualTo(404);
  }

  @Test
  void downloadJobGivesAShortLivedLinkToTheBundle() throws Exception {
    ApiClient api = ApiClient.of(sandbox.store("download"));
    String themeId = uploaded(api, SampleBundle.named("Fetched").zip());
    ApiResponse started = api.post("/v3/themes/" + themeId + "/actions/download", map("which", "original"));
    assertThat(started.status()).isEqualTo(200);
    String url = api.get("/v3/themes/jobs/" + started.json().get("job_id").asText()).data().at("/result/download_url").asText();
    HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.add(entry.getName());
      }
    }
    assertThat(entries).contains("config.json", "templates/pages/home.html");
    sandbox.clock.advance(Duration.ofSeconds(61));
    assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(410);
  }

  @Test
  void transientFailuresCanBeInjected() {
    SandboxStore store = sandbox.store("flaky-themes");
    store.knobs().themes(ThemeSettings.DEFAULT.transientFailureRate(1.0));
    ApiClient api = ApiClient.of(store);
    assertThat(errors(api, SampleBundle.named("Unlucky").zip())).contains("TRANSIENT");
    store.knobs().themes(ThemeSettings.DEFAULT);
    assertThat(errors(api, SampleBundle.named("Lucky").zip())).isEmpty();
  }

  private static String status(ApiClient api, String job) {
    return api.get("/v3/themes/jobs/" + job).data().get("status").asText();
  }

  private static String uploaded(ApiClient api, byte[] zip) {
    String job = api.upload("/v3/themes", "file", "theme.zip", zip).json().get("job_id").asText();
    JsonNode done = api.get("/v3/themes/jobs/" + job).data();
    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    return done.at("/result/theme_id").asText();
  }

  /** Uploads and returns the finished job's error codes (empty when it completed). */
  private static List<String> errors(ApiClient api, byte[] zip) {
    ApiResponse upload = api.upload("/v3/themes", "file", "theme.zip", zip);
    assertThat(upload.status()).isEqualTo(201);
    JsonNode job = api.get("/v3/themes/jobs/" + upload.json().get("job_id").asText()).data();
    List<String> codes = new ArrayList<>();
    job.get("errors").forEach(e -> codes.add(e.get("error").asText()));
    assertThat(job.get("status").asText()).isEqualTo(codes.isEmpty() ? "COMPLETED" : "FAILED");
    return codes;
  }
}
