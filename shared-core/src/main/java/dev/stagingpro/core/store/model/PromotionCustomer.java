package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Who may use a promotion: customer groups to include or to exclude (group 0 is guests and
 * customers without a group), a minimum number of orders, and customer segments (ids per store).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PromotionCustomer(
    List<Integer> groupIds, Integer minimumOrderCount, List<Integer> excludedGroupIds, JsonNode segments) {}
