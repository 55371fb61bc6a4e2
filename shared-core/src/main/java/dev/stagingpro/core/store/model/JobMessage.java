package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An error or warning of a theme job ({@code error}/{@code warning} is the code, e.g. TR-300).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobMessage(
    String error,
    String warning,
    String message) {
  /** Code and message in one line, for reports. */
  public String describe() {
    String code = error != null ? error : warning;
    return code == null ? String.valueOf(message) : code + ": " + message;
  }
}
