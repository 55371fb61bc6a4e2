package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.Themes;
import dev.stagingpro.core.store.model.ActiveTheme;
import dev.stagingpro.core.store.model.JobMessage;
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.core.store.model.ThemeJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/** {@link Themes} on the v3 themes API. */
final class BcThemes implements Themes {
  private static final String THEMES = "/themes";
  private static final MediaType ZIP = MediaType.get("application/zip");

  private final Wire wire;
  private final ConnectorOptions options;

  BcThemes(Wire wire, ConnectorOptions options) {
    this.wire = wire;
    this.options = options;
  }

  @Override
  public List<Theme> list() {
    return wire.all(ApiRequest.get("v3", THEMES), ListQuery.all(), Theme.class);
  }

  @Override
  public Optional<Theme> get(String themeUuid) {
    return wire.maybe(ApiRequest.get("v3", THEMES + "/{uuid}", themeUuid), Theme.class);
  }

  @Override
  public ThemeUpload upload(Path bundleZip, String themeName) {
    UploadStart start = startUpload(bundleZip, themeName);
    if (start.jobId().isEmpty()) {
      return new ThemeUpload(start.recoveredThemeUuid().orElse(null), null);
    }
    ThemeJob job = awaitJob(start.jobId().get());
    return new ThemeUpload(job.themeId().orElse(null), job);
  }

  @Override
  public UploadStart startUpload(Path bundleZip, String themeName) {
    if (!Files.isRegularFile(bundleZip)) {
      throw StagingProException.badInput("theme bundle not found: " + bundleZip);
    }
    Map<String, String> before = fingerprints();
    RequestBody multipart =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("file", bundleZip.getFileName().toString(), RequestBody.create(bundleZip.toFile(), ZIP))
            .build();
    ApiRequest request = ApiRequest.of("POST", "v3", THEMES).withBody(multipart);
    for (int unknownFates = 0; ; ) {
      try {
        ApiResponse response = wire.http().send(request, HttpExecutor.Repeat.NOT_SAFE);
        if (unknownFates > 0 && response.status() == 409 && !isLimit(response)) {
          // "an upload is in progress": the earlier attempt arrived after all; wait for its theme
          return new UploadStart(Optional.empty(), Optional.of(awaitArrival(before, themeName, request)));
        }
        return new UploadStart(Optional.of(jobId(wire.http().requireSuccess(request, response))), Optional.empty());
      } catch (AmbiguousWriteException e) {
        unknownFates++;
        Optional<String> arrived = arrivedSince(before, themeName);
        if (arrived.isPresent()) {
          return new UploadStart(Optional.empty(), arrived);
        }
        if (unknownFates >= options.maxAttempts()) {
          throw new StoreApiException(wire.http().environment(), request.endpoint(), 0,
              "no reliable answer after " + unknownFates + " attempts: " + e.getMessage());
        }
        wire.http().sleep(options.backoffBase().multipliedBy(unknownFates));
      }
    }
  }

  private boolean isLimit(ApiResponse response) {
    return Themes.isThemeLimitReached(wire.http().failure(ApiRequest.of("POST", "v3", THEMES), response));
  }

  /** Polls the theme list until the theme an earlier attempt uploaded shows (its job finished). */
  private String awaitArrival(Map<String, String> before, String themeName, ApiRequest request) {
    Instant deadline = options.clock().instant().plus(options.jobTimeout());
    while (options.clock().instant().isBefore(deadline)) {
      Optional<String> arrived = arrivedSince(before, themeName);
      if (arrived.isPresent()) {
        return arrived.get();
      }
      wire.http().sleep(options.jobPollInterval());
    }
    throw new StoreApiException(wire.http().environment(), request.endpoint(), 0,
        "an upload of theme '" + themeName + "' is in progress but its theme did not appear within "
            + options.jobTimeout().toSeconds() + " s");
  }

  /** Theme UUID to last update, to tell which theme an upload with a lost answer created or changed. */
  private Map<String, String> fingerprints() {
    return list().stream()
        .collect(Collectors.toMap(Theme::uuid, t -> Objects.toString(t.updatedAt()), (a, b) -> a, LinkedHashMap::new));
  }

  private Optional<String> arrivedSince(Map<String, String> before, String themeName) {
    return list().stream()
        .filter(t -> themeName.equals(t.name()))
        .filter(t -> !Objects.toString(t.updatedAt()).equals(before.get(t.uuid())))
        .map(Theme::uuid)
        .findFirst();
  }

  private static String jobId(ApiResponse response) {
    JsonNode root = response.json();
    JsonNode id = root.has("job_id") ? root.get("job_id") : root.path("data").path("job_id");
    if (id.isMissingNode() || id.asText().isEmpty()) {
      throw StagingProException.failed("the store accepted the theme request but returned no job id");
    }
    return id.asText();
  }

  @Override
  public ThemeJob awaitJob(String jobId) {
    Instant deadline = options.clock().instant().plus(options.jobTimeout());
    while (true) {
      ThemeJob job = job(jobId);
      if (job.isFailed()) {
        String errors = job.errors() == null ? "" : job.errors().stream().map(JobMessage::describe).collect(Collectors.joining("; "));
        throw StagingProException.failed(
            "theme job " + jobId + " on store '" + wire.http().environment() + "' failed: " + errors);
      }
      if (job.isFinished()) {
        return job;
      }
      if (!options.clock().instant().isBefore(deadline)) {
        throw StagingProException.failed("theme job " + jobId + " on store '" + wire.http().environment()
            + "' did not finish within " + options.jobTimeout().toSeconds() + " s (last status " + job.status() + ")");
      }
      wire.http().sleep(options.jobPollInterval());
    }
  }

  @Override
  public ThemeJob job(String jobId) {
    return wire.one(ApiRequest.get("v3", THEMES + "/jobs/{job_id}", jobId), ThemeJob.class);
  }

  @Override
  public void activate(String variationUuid, int channelId, String which) {
    // the channel goes in the query as the spec declares it (stencil-cli puts it in the body, which the
    // spec's Activate schema does not allow)
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variation_id", variationUuid);
    body.put("which", which);
    wire.run(ApiRequest.of("POST", "v3", THEMES + "/actions/activate").withQuery("channel_id", channelId).withJson(body));
  }

  @Override
  public ActiveTheme activeTheme(int channelId) {
    return wire.one(ApiRequest.get("v3", "/channels/{channel_id}/active-theme", channelId), ActiveTheme.class);
  }

  @Override
  public void delete(String themeUuid) {
    wire.delete(ApiRequest.of("DELETE", "v3", THEMES + "/{uuid}", themeUuid));
  }

  @Override
  public Path download(String themeUuid, String which, Path target) {
    ApiRequest request =
        ApiRequest.of("POST", "v3", THEMES + "/{uuid}/actions/download", themeUuid).withJson(Map.of("which", which));
    ThemeJob job = awaitJob(jobId(wire.http().call(request)));
    String url = job.downloadUrl()
        .orElseThrow(() -> StagingProException.failed("theme download job " + job.id() + " gave no link"));
    return wire.http().download(url, target);
  }
}
