package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A background theme job (upload or download) as {@code /v3/themes/jobs/{id}} reports it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ThemeJob(
    String id,
    String status,
    BigDecimal percentComplete,
    String time,
    JsonNode result,
    List<JobMessage> errors,
    List<JobMessage> warnings) {
  @JsonIgnore // derived, not a field of the store's JSON
  public boolean isFinished() {
    return "COMPLETED".equals(status) || "FAILED".equals(status);
  }

  @JsonIgnore // derived, not a field of the store's JSON
  public boolean isFailed() {
    return "FAILED".equals(status);
  }

  /** The uploaded theme's UUID ({@code result.theme_id}), once an upload completed. */
  public Optional<String> themeId() {
    return resultText("theme_id");
  }

  /** The link to a downloaded bundle ({@code result.download_url}); valid for 60 seconds. */
  public Optional<String> downloadUrl() {
    return resultText("download_url");
  }

  private Optional<String> resultText(String field) {
    if (result == null || !result.hasNonNull(field)) {
      return Optional.empty();
    }
    return Optional.of(result.get(field).asText());
  }
}
