package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Optional;

/**
 * A theme on the store with its variations ({@code /v3/themes}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Theme(
    String uuid,
    String name,
    List<ThemeVariation> variations,
    Boolean isPrivate,
    Boolean isActive,
    String updatedAt) {
  /** The variation with this {@code name} or {@code externalId}. */
  public Optional<ThemeVariation> variation(String nameOrExternalId) {
    if (variations == null) {
      return Optional.empty();
    }
    return variations.stream()
        .filter(v -> nameOrExternalId.equals(v.name()) || nameOrExternalId.equals(v.externalId()))
        .findFirst();
  }
}
