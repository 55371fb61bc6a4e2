package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.Metafield;
import java.util.List;
import java.util.stream.Stream;

/**
 * Metafields of one owner kind, through the batch endpoints. Lists show every metafield this API
 * account may see, including other accounts' ones their permission set exposes (with their {@code
 * ownerClientId}); writes can only change this account's own.
 */
public interface Metafields {
  /** Filters: {@code namespace}, {@code namespace:in}, {@code key}, {@code key:in}, {@code date_modified:min}. */
  Stream<Metafield> list(MetafieldOwner owner, ListQuery query);

  /** The metafields of one resource (not for {@link MetafieldOwner#STORE}). */
  Stream<Metafield> listFor(MetafieldOwner owner, int resourceId, ListQuery query);

  /** Creates metafields in batches; duplicate-safe by (resource, namespace, key). */
  BatchResult<Metafield> create(MetafieldOwner owner, List<Metafield> drafts);

  /** Updates metafields by id in batches. */
  BatchResult<Metafield> update(MetafieldOwner owner, List<Metafield> metafields);

  BatchResult<Integer> delete(MetafieldOwner owner, List<Integer> ids);
}
