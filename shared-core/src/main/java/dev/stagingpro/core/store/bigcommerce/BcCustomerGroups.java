package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.CustomerGroups;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.CustomerGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@link CustomerGroups} on the v2 API (bare JSON, one group per write). */
final class BcCustomerGroups implements CustomerGroups {
  private static final String GROUPS = "/customer_groups";
  private static final String GROUP = GROUPS + "/{customer_group_id}";

  private final Wire wire;

  BcCustomerGroups(Wire wire) {
    this.wire = wire;
  }

  @Override
  public Stream<CustomerGroup> list(ListQuery query) {
    return wire.list(ApiRequest.get("v2", GROUPS), query, Pager.Style.V2, CustomerGroup.class);
  }

  @Override
  public BatchResult<CustomerGroup> create(List<CustomerGroup> drafts) {
    WriteSpec<CustomerGroup, CustomerGroup> spec =
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v2", GROUPS).withJson(batch.get(0)),
            CustomerGroup.class,
            CustomerGroup::name,
            batch -> {
              Map<String, CustomerGroup> found = new HashMap<>();
              for (CustomerGroup draft : batch) {
                list(ListQuery.where("name", draft.name()))
                    .filter(g -> draft.name().equals(g.name()))
                    .forEach(g -> found.putIfAbsent(g.name(), g));
              }
              return found;
            });
    return wire.write(drafts, spec.inV2());
  }

  @Override
  public BatchResult<CustomerGroup> update(List<CustomerGroup> groups) {
    WriteSpec<CustomerGroup, CustomerGroup> spec =
        WriteSpec.update(
            1,
            batch -> ApiRequest.of("PUT", "v2", GROUP, batch.get(0).id()).withJson(batch.get(0).withId(null)),
            CustomerGroup.class,
            g -> NaturalKeys.id(g.id()),
            g -> NaturalKeys.id(g.id()));
    return wire.write(groups, spec.inV2());
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteEach(ids, id -> ApiRequest.of("DELETE", "v2", GROUP, id));
  }
}
