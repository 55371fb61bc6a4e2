package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.Customers;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.CustomerAddress;
import java.util.List;
import java.util.stream.Stream;

/** {@link Customers} on the v3 customers API (cursor paging, 10 per write, 3 in flight). */
final class BcCustomers implements Customers {
  static final int BATCH = 10;
  private static final int DELETE_BATCH = 50;
  private static final String CUSTOMERS = "/customers";
  private static final String ADDRESSES = "/customers/addresses";

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

  @Override
  public Stream<CustomerAddress> addresses(ListQuery query) {
    return wire.list(ApiRequest.get("v3", ADDRESSES), query, Pager.Style.OFFSET, CustomerAddress.class);
  }

  @Override
  public BatchResult<CustomerAddress> createAddresses(List<CustomerAddress> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            BATCH,
            batch -> ApiRequest.of("POST", "v3", ADDRESSES).withJson(batch),
            CustomerAddress.class,
            NaturalKeys::address,
            batch -> BatchWriter.byKey(
                addresses(ListQuery.where("customer_id:in", batch.stream().map(CustomerAddress::customerId).distinct().toList())).toList(),
                NaturalKeys::address)));
  }

  @Override
  public BatchResult<Integer> deleteAddresses(List<Integer> ids) {
    return wire.deleteByFilter(ids, DELETE_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", ADDRESSES).withQuery("id:in", BcProducts.join(batch)));
  }
}
