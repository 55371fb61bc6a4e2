package dev.stagingpro.sandbox.api;

import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.http.Routes;

/**
 * One resource area of the API (catalog products, channels, themes, ...). It registers its
 * routes once per server and may seed the records every new store starts with.
 */
public interface ApiArea {
  void register(Routes routes);

  /** Creates the records a fresh store has (called once per new store, under its write lock). */
  default void seed(SandboxStore store) {}
}
