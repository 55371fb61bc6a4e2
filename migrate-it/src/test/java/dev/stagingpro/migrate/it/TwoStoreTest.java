package dev.stagingpro.migrate.it;

import dev.stagingpro.core.store.StoreConnector;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test against fresh {@link TwoStores} each time, with a connector to each store for setting up and checking. */
abstract class TwoStoreTest {
  @TempDir Path repo;
  TwoStores stores;
  StoreConnector production;
  StoreConnector staging;

  /** What the stores (and the manifest) hold before each test. */
  abstract void seed();

  @BeforeEach
  final void startStores() {
    stores = new TwoStores(repo);
    production = stores.connect(stores.production);
    staging = stores.connect(stores.staging);
    seed();
  }

  @AfterEach
  final void stopStores() {
    production.close();
    staging.close();
    stores.close();
  }
}
