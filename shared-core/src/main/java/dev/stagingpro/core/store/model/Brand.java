package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A catalog brand ({@code /v3/catalog/brands}); its natural key is {@code name}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Brand(
    Integer id,
    String name,
    String pageTitle,
    List<String> metaKeywords,
    String metaDescription,
    String searchKeywords,
    String imageUrl,
    CustomUrl customUrl) {
  public static Brand named(String name) {
    return new Brand(null, name, null, null, null, null, null, null);
  }

  public Brand withId(Integer newId) {
    return new Brand(newId, name, pageTitle, metaKeywords, metaDescription, searchKeywords, imageUrl, customUrl);
  }
}
