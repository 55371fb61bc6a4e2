package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.CustomerAddress;
import java.util.List;
import java.util.stream.Stream;

/** Customer accounts; natural key {@code email}. */
public interface Customers {
  /**
   * Customers page by page (cursor paging). Filters: {@code id:in}, {@code email:in}, {@code
   * customer_group_id:in}, {@code name:like}, {@code date_modified:min}, ... Include: {@code
   * addresses}, {@code storecredit}, {@code attributes}, {@code formfields}, {@code segment_ids}.
   */
  Stream<Customer> list(ListQuery query);

  /** Creates customers, 10 per request; duplicate-safe by e-mail. */
  BatchResult<Customer> create(List<Customer> drafts);

  /** Updates customers by id, 10 per request. */
  BatchResult<Customer> update(List<Customer> customers);

  BatchResult<Integer> delete(List<Integer> ids);

  /** Addresses of customers, page by page. Filters: {@code customer_id:in}, {@code id:in}. */
  Stream<CustomerAddress> addresses(ListQuery query);

  /**
   * Adds addresses to existing customers (each names its {@code customerId}), 10 per request;
   * duplicate-safe by customer and address fields (the store ignores an exact duplicate).
   */
  BatchResult<CustomerAddress> createAddresses(List<CustomerAddress> drafts);

  BatchResult<Integer> deleteAddresses(List<Integer> ids);
}
