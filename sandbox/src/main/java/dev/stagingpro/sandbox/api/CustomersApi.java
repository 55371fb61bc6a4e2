package dev.stagingpro.sandbox.api;

import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.TableSpec;

/** Customers v3 (routes follow). */
public final class CustomersApi implements ApiArea {
  public static final TableSpec CUSTOMERS = TableSpec.of("customers", "customer", "email").ignoringCase("email");

  @Override
  public void register(Routes routes) {}
}
