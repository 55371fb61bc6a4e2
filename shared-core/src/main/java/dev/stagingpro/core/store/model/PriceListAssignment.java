package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Which price list applies to a customer group, a channel, or a group on a channel; one list per
 * such target. Matched across stores by (list name, group name, channel) once ids are remapped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceListAssignment(Integer id, Integer priceListId, Integer customerGroupId, Integer channelId) {
  public static PriceListAssignment of(int priceListId, Integer customerGroupId, Integer channelId) {
    return new PriceListAssignment(null, priceListId, customerGroupId, channelId);
  }

  /** The target this assignment covers: group and channel (either may be absent). */
  public String target() {
    return "group:" + customerGroupId + "|channel:" + channelId;
  }
}
