package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.CustomerGroup;
import java.util.List;
import java.util.stream.Stream;

/** Customer groups (v2 API); natural key {@code name}. */
public interface CustomerGroups {
  /** Filters: {@code name}, {@code name:like}, {@code is_default}, {@code is_group_for_guests}. */
  Stream<CustomerGroup> list(ListQuery query);

  /** One request each; duplicate-safe by name. */
  BatchResult<CustomerGroup> create(List<CustomerGroup> drafts);

  /** Updates groups by id (discount rules are replaced as a whole). */
  BatchResult<CustomerGroup> update(List<CustomerGroup> groups);

  BatchResult<Integer> delete(List<Integer> ids);
}
