package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Product;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brands, categories and products from production to an empty staging store and back in sync. */
class CatalogueMigrationTest {
  @TempDir Path repo;
  TwoStores stores;
  StoreConnector production;
  StoreConnector staging;

  @BeforeEach
  void start() {
    stores = new TwoStores(repo);
    production = stores.connect(stores.production);
    staging = stores.connect(stores.staging);
    Catalog.seed(production);
  }

  @AfterEach
  void stop() {
    production.close();
    staging.close();
    stores.close();
  }

  @Test
  void selectiveApplyCreatesEverythingAndARerunPlansZeroChanges() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    OperationResult planned = stores.plan();
    Plan plan = (Plan) planned.data();
    assertThat(plan.count(ChangeClass.CREATE)).isEqualTo(2 + 4 + 3);
    assertThat(planned.outputs()).containsEntry("plan-count-create", "9").containsEntry("changed", "true");
    OperationResult applied = stores.apply();
    assertThat(applied.success()).as(String.join("\n", applied.lines())).isTrue();

    Product shirt = Catalog.full(staging, "SHIRT-1");
    assertThat(shirt.variants()).extracting(v -> v.sku()).containsExactlyInAnyOrder("SHIRT-1-S", "SHIRT-1-M", "SHIRT-1-L");
    assertThat(shirt.images()).hasSize(2);
    assertThat(shirt.customFields()).extracting(f -> f.name()).containsExactly("material");
    assertThat(Catalog.full(staging, "LAMP-1").relatedProducts()).containsExactly(Catalog.productId(staging, "MUG-1"));

    Plan again = (Plan) stores.plan().data();
    assertThat(again.writes()).as(String.join("\n", dev.stagingpro.core.migrate.PlanText.lines(again))).isZero();
    assertThat(again.count(ChangeClass.UNCHANGED)).isEqualTo(9);
  }
}
