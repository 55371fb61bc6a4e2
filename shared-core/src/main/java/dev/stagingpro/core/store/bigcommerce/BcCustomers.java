package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.Customers;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Customer;
import java.util.List;
import java.util.stream.Stream;

/** {@link Customers} on the v3 customers API (cursor paging, 10 per write, 3 in flight). */
final class BcCustomers implements Customers {
  static final int BATCH = 10;
  private static final int DELETE_BATCH = 50;
  private static final String CUSTOMERS = "/customers";

  private final Wire wire;

  BcCustomers(Wire wire) {
    this.wire = wire;
  }

  @Override
  public Stream<Customer> list(ListQuery query) {
    return wire.list(ApiRequest.get("v3", CUSTOMERS), query, Pager.Style.CURSOR, Customer.class);
  }

  @Override
  public BatchResult<Customer> create(List<Customer> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            BATCH,
            batch -> ApiRequest.of("POST", "v3", CUSTOMERS).withJson(batch),
            Customer.class,
            NaturalKeys::customer,
            batch -> BatchWriter.byKey(
                list(ListQuery.where("email:in", batch.stream().map(Customer::email).toList())).toList(),
                NaturalKeys::customer)));
  }

  @Override
  public BatchResult<Customer> update(List<Customer> customers) {
    return wire.write(
        customers,
        WriteSpec.update(
            BATCH,
            batch -> ApiRequest.of("PUT", "v3", CUSTOMERS).withJson(batch.stream().map(Customer::forUpdate).toList()),
            Customer.class,
            c -> NaturalKeys.id(c.id()),
            c -> NaturalKeys.id(c.id())));
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteByFilter(ids, DELETE_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", CUSTOMERS).withQuery("id:in", BcProducts.join(batch)));
  }
}
