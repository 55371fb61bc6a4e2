package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A metafield on the store, a channel or a catalog/customer record. (namespace, key,
 * resource, owning API account) is unique; other accounts' metafields are visible when their
 * {@code permissionSet} allows it, with their {@code ownerClientId}. {@code resourceId} is required
 * in batch creates (except store metafields).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Metafield(
    Integer id,
    String namespace,
    String key,
    String value,
    String description,
    String permissionSet,
    Integer resourceId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String resourceType,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String ownerClientId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  /** A new metafield; {@code permissionSet} e.g. {@code app_only}, {@code read}, {@code write}. */
  public static Metafield draft(Integer resourceId, String namespace, String key, String value, String permissionSet) {
    return new Metafield(null, namespace, key, value, null, permissionSet, resourceId, null, null, null, null);
  }

  /** This metafield without its resource id, as store metafields are written. */
  public Metafield withoutResource() {
    return new Metafield(id, namespace, key, value, description, permissionSet, null, resourceType,
        ownerClientId, dateCreated, dateModified);
  }

  public Metafield withValue(String newValue) {
    return new Metafield(id, namespace, key, newValue, description, permissionSet, resourceId, resourceType,
        ownerClientId, dateCreated, dateModified);
  }
}
