package dev.stagingpro.sandbox.api.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.api.ApiArea;
import dev.stagingpro.sandbox.api.Times;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Multipart;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.knobs.ThemeSettings;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Theme upload (multipart field {@code file}; over the size limit 413; one upload at a time and
 * at most 20 custom themes, both 409 with BigCommerce's titles), the asynchronous jobs that
 * validate the bundle (QUEUED → WORKING → COMPLETED or FAILED with TR-coded errors, timed on the
 * sandbox clock, with an optional chance of a transient failure), list, get, delete and download.
 */
public final class ThemesApi implements ApiArea {
  static final String LIMIT_TITLE = "You have reached your upload limit. Delete a custom theme to upload another.";
  static final String IN_PROGRESS_TITLE = "You already have a theme upload in progress. Wait for it to finish before uploading another.";
  static final Duration DOWNLOAD_LINK_TTL = Duration.ofSeconds(60);
  private static final String DEFAULT_THEME = "Cornerstone";

  @Override
  public void register(Routes routes) {
    routes.get("/v3/themes", r -> {
      ArrayNode data = Json.array();
      Themes.visible(r).forEach(t -> data.add(Themes.render(r, t)));
      return Response.data(data);
    });
    routes.post("/v3/themes", this::upload);
    routes.get("/v3/themes/{uuid}", r -> Response.data(Themes.render(r, Themes.require(r, r.param("uuid")))));
    routes.delete("/v3/themes/{uuid}", this::delete);
    routes.get("/v3/themes/jobs/{job_id}", this::job);
    routes.post("/v3/themes/{uuid}/actions/download", this::download);
  }

  @Override
  public void seed(SandboxStore store) {
    Table themes = store.data().table(Themes.THEMES);
    ObjectNode theme = themes.blank();
    theme.put("id", themes.nextId());
    theme.put("uuid", UUID.randomUUID().toString());
    theme.put("name", DEFAULT_THEME);
    theme.put("is_private", false);
    theme.put("version_uuid", UUID.randomUUID().toString());
    theme.put("updated_at", Times.v3(store.clock().instant()));
    theme.put("ready_at", 0);
    ArrayNode variations = theme.putArray("variations");
    for (String id : List.of("light", "bold", "warm")) {
      ObjectNode variation = variations.addObject();
      variation.put("uuid", UUID.randomUUID().toString());
      variation.put("name", Character.toUpperCase(id.charAt(0)) + id.substring(1));
      variation.put("external_id", id);
      variation.put("description", DEFAULT_THEME + " " + id);
    }
    themes.save(theme);
    ThemeActivationApi.activate(store, theme, variations.get(0), 1, "original");
  }

  // ---- upload

  private Response upload(Request request) {
    ThemeSettings settings = request.store().knobs().themes();
    Map<String, Multipart.Part> parts = Multipart.parse(request.header("Content-Type"), request.body());
    Multipart.Part file = parts.get("file");
    if (file == null) {
      throw ApiException.unprocessable("file", "The bundle must be sent in the multipart field 'file'");
    }
    if (file.content().length > settings.maxUploadBytes()) {
      throw new ApiException(413, "The theme bundle is larger than " + settings.maxUploadBytes() + " bytes", null);
    }
    long now = request.now().toEpochMilli();
    Table jobs = request.table(Themes.JOBS);
    for (ObjectNode job : jobs.all()) {
      if ("upload".equals(job.path("kind").asText()) && job.path("done_at").asLong() > now) {
        throw new ApiException(409, IN_PROGRESS_TITLE, null);
      }
    }
    long custom = request.table(Themes.THEMES).all().stream().filter(t -> t.path("is_private").asBoolean()).count();
    if (custom >= settings.customThemeLimit()) {
      throw new ApiException(409, LIMIT_TITLE, null);
    }
    Bundle bundle = Bundle.read(file.content());
    ObjectNode job = newJob(request, "upload", settings);
    ArrayNode errors = job.putArray("errors");
    bundle.problems().forEach(p -> errors.addObject().put("error", p.code()).put("message", p.message()));
    if (bundle.isValid() && transientFailure(request, job, settings)) {
      errors.addObject().put("error", "TRANSIENT").put("message", "Theme processing failed for a temporary reason; upload again");
    }
    if (errors.isEmpty()) {
      String uuid = storeTheme(request, bundle, file.content(), job.get("done_at").asLong());
      job.putObject("result").put("theme_id", uuid);
    }
    jobs.save(job);
    ObjectNode body = Json.object();
    body.put("job_id", job.get("id").asText());
    return Response.json(201, body);
  }

  private static String storeTheme(Request request, Bundle bundle, byte[] zip, long readyAt) {
    Table themes = request.table(Themes.THEMES);
    ObjectNode theme = themes.blank();
    String uuid = UUID.randomUUID().toString();
    theme.put("id", themes.nextId());
    theme.put("uuid", uuid);
    theme.put("name", bundle.name());
    theme.put("is_private", true);
    theme.put("version_uuid", UUID.randomUUID().toString());
    theme.put("updated_at", Times.v3(Instant.ofEpochMilli(readyAt)));
    theme.put("ready_at", readyAt);
    theme.set("settings", bundle.config().path("settings").deepCopy());
    theme.set("custom_templates", Json.MAPPER.valueToTree(bundle.customTemplates()));
    ArrayNode variations = theme.putArray("variations");
    for (JsonNode given : bundle.config().path("variations")) {
      ObjectNode variation = variations.addObject();
      variation.put("uuid", UUID.randomUUID().toString());
      variation.put("name", given.path("name").asText(given.path("id").asText()));
      variation.put("external_id", given.path("id").asText());
      variation.put("description", given.path("meta").path("description").asText(""));
      variation.set("settings", given.path("settings").deepCopy());
    }
    themes.save(theme);
    request.store().data().blobs().put("theme-" + uuid + ".zip", zip);
    return uuid;
  }

  private static ObjectNode newJob(Request request, String kind, ThemeSettings settings) {
    Table jobs = request.table(Themes.JOBS);
    ObjectNode job = jobs.blank();
    long seq = jobs.nextId();
    long created = request.now().toEpochMilli();
    job.put("seq", seq);
    job.put("id", UUID.randomUUID().toString().replace("-", ""));
    job.put("kind", kind);
    job.put("created_at", created);
    job.put("working_at", created + settings.queued().toMillis());
    job.put("done_at", created + settings.queued().toMillis() + settings.working().toMillis());
    return job;
  }

  /** Deterministic per store seed and job number, so a test can reproduce a transient failure. */
  private static boolean transientFailure(Request request, ObjectNode job, ThemeSettings settings) {
    if (settings.transientFailureRate() <= 0) {
      return false;
    }
    long seed = request.store().knobs().faults().seed() * 31 + job.get("seq").asLong();
    return new Random(seed).nextDouble() < settings.transientFailureRate();
  }

  // ---- jobs

  private Response job(Request request) {
    ObjectNode job = request.table(Themes.JOBS).first("id", request.param("job_id"))
        .orElseThrow(() -> ApiException.notFound("Job " + request.param("job_id") + " does not exist"));
    long now = request.now().toEpochMilli();
    ObjectNode out = Json.template("job");
    out.put("id", job.get("id").asText());
    out.put("time", Times.v3(Instant.ofEpochMilli(job.get("created_at").asLong())));
    boolean failed = job.path("errors").size() > 0;
    if (now < job.get("working_at").asLong()) {
      out.put("status", "QUEUED");
      out.put("percent_complete", 0);
    } else if (now < job.get("done_at").asLong()) {
      long span = job.get("done_at").asLong() - job.get("working_at").asLong();
      out.put("status", "WORKING");
      out.put("percent_complete", Math.min(99, 100 * (now - job.get("working_at").asLong()) / Math.max(1, span)));
    } else {
      out.put("status", failed ? "FAILED" : "COMPLETED");
      out.put("percent_complete", 100);
      out.set("errors", job.path("errors").isArray() ? job.get("errors") : Json.array());
      ObjectNode result = out.putObject("result");
      if (!failed && "upload".equals(job.get("kind").asText())) {
        result.put("theme_id", job.at("/result/theme_id").asText());
      } else if (!failed) {
        String uuid = job.get("theme_uuid").asText();
        result.put("download_url", request.store().downloads().publish(uuid + ".zip",
            () -> bundleOf(request.store(), uuid), request.now(), DOWNLOAD_LINK_TTL));
      }
    }
    return Response.data(out);
  }

  // ---- delete and download

  private Response delete(Request request) {
    ObjectNode theme = Themes.require(request, request.param("uuid"));
    String uuid = theme.get("uuid").asText();
    if (!theme.path("is_private").asBoolean()) {
      throw ApiException.unprocessable("uuid", "Marketplace themes cannot be deleted");
    }
    if (Themes.isActive(request, uuid)) {
      throw ApiException.unprocessable("uuid", "The theme is active on a channel and cannot be deleted");
    }
    request.table(Themes.THEMES).delete(theme.get("id").asLong());
    Table configurations = request.table(Themes.CONFIGURATIONS);
    configurations.where("theme_uuid", uuid).forEach(c -> configurations.delete(c.get("seq").asLong()));
    request.store().data().blobs().delete("theme-" + uuid + ".zip");
    return Response.noContent();
  }

  private Response download(Request request) {
    ObjectNode theme = Themes.require(request, request.param("uuid"));
    ObjectNode job = newJob(request, "download", request.store().knobs().themes());
    job.put("theme_uuid", theme.get("uuid").asText());
    job.putArray("errors");
    request.table(Themes.JOBS).save(job);
    ObjectNode body = Json.object();
    body.put("job_id", job.get("id").asText());
    return Response.ok(body);
  }

  /** The stored bundle of a theme; the built-in theme is served as a small sample bundle. */
  static byte[] bundleOf(SandboxStore store, String uuid) {
    return store.data().blobs().get("theme-" + uuid + ".zip")
        .orElseGet(() -> SampleBundle.named(DEFAULT_THEME, "light", "bold", "warm").zip());
  }
}
