package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a channel shows: the active theme, its version and configuration. A saved configuration
 * that differs from the active one means unpublished theme-editor changes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ActiveTheme(
    String activeThemeUuid,
    String activeThemeVersionUuid,
    String activeThemeConfigurationUuid,
    String savedThemeConfigurationUuid) {
  public boolean hasUnpublishedChanges() {
    return savedThemeConfigurationUuid != null
        && !savedThemeConfigurationUuid.equals(activeThemeConfigurationUuid);
  }
}
