package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One node of a category tree as {@code GET /catalog/trees/{id}/categories} nests it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CategoryNode(
    Integer id,
    Integer parentId,
    Integer depth,
    List<Integer> path,
    String name,
    Boolean isVisible,
    String url,
    List<CategoryNode> children) {
}
