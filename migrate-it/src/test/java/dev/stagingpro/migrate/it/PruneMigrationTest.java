package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanJson;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.migrate.run.MigrationSetup;
import dev.stagingpro.core.migrate.run.RestoreHandler;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Product;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code options: { prune: true }}: destination records inside the selection that the source lacks
 * are deleted, after every create and update and dependents first; nothing else is.
 */
class PruneMigrationTest extends TwoStoreTest {
  private static final String PRUNE = "options: { prune: true }";

  /**
   * Production has the {@link Catalog} seed, already migrated to staging. Staging also has OLD-1
   * (Kitchen, brand Oldco), OLD-2 (Sale) and KEEP-1 (Kitchen, marked no-sync), the brand Oldco and
   * the category Clearance, none of them on production.
   */
  @Override
  void seed() {
    Catalog.seed(production);
    stores.manifest(TwoStores.migration("seed", "selective", "products"));
    applied(stores.apply());
    Catalog.brands(staging, "Oldco");
    Catalog.categories(staging, "Clearance");
    Catalog.products(staging, List.of(
        Catalog.product("OLD-1", "Old kettle", "12.00").brandId(Catalog.brandId(staging, "Oldco"))
            .categories(List.of(Catalog.categoryId(staging, "Shop All/Kitchen"))).build(),
        Catalog.product("OLD-2", "Old sale item", "2.00").categories(List.of(Catalog.categoryId(staging, "Sale"))).build(),
        Catalog.product("KEEP-1", "Staging demo", "1.00").categories(List.of(Catalog.categoryId(staging, "Shop All/Kitchen")))
            .customFields(List.of(CustomField.of("no-sync", "true"))).build()));
  }

  private static void applied(OperationResult result) {
    assertThat(result.success()).as(String.join("\n", result.lines())).isTrue();
  }

  private static List<String> deletes(Plan plan) {
    return plan.migrations().get(0).changes().stream().filter(c -> c.changeClass() == ChangeClass.DELETE)
        .map(c -> c.entity().key() + ":" + c.key()).toList();
  }

  private List<String> stagingSkus() {
    return Catalog.all(staging).stream().map(Product::sku).sorted().toList();
  }

  @Test
  void pruneDeletesExactlyTheSelectedRecordsTheSourceLacksAndARerunPlansZeroChanges() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products", PRUNE));

    OperationResult planned = stores.plan();
    Plan plan = (Plan) planned.data();
    assertThat(planned.outputs()).containsEntry("plan-count-delete", "2");
    assertThat(planned.outputs().get("plan-markdown")).contains("OLD-1").contains("delete");
    assertThat(PlanJson.toJsonString(plan)).contains("\"class\" : \"delete\"");
    assertThat(deletes(plan)).as("not KEEP-1 (no-sync), nor brand Oldco or category Clearance (only pulled in)")
        .containsExactlyInAnyOrder("products:OLD-1", "products:OLD-2");
    assertThat(plan.writes()).isEqualTo(2);
    assertThat(PlanText.lines(plan)).anyMatch(l -> l.contains("2 to delete"));
    assertThat(PlanText.lines(plan)).anyMatch(l -> l.contains("OLD-1"));
    PlannedChange old = plan.migrations().get(0).changes().stream().filter(c -> c.key().equals("OLD-1")).findFirst().orElseThrow();
    assertThat(old.reason()).hasValueSatisfying(r -> assertThat(r).contains("not on the source"));

    OperationResult result = stores.apply();
    applied(result);

    assertThat(stagingSkus()).containsExactly("KEEP-1", "LAMP-1", "MUG-1", "SHIRT-1");
    assertThat(staging.brands().findByName("Oldco")).isPresent();
    assertThat(Catalog.findCategory(staging, "Clearance")).isPresent();
    assertThat(result.lines()).anyMatch(l -> l.contains("2 records written"));
    Plan again = plan();
    assertThat(again.writes()).as(String.join("\n", PlanText.lines(again))).isZero();
    assertThat(again.count(ChangeClass.DELETE)).isZero();
  }

  @Test
  void aSelectionLimitsPruningToTheRecordsItMatches() {
    stores.manifest(TwoStores.migration("kitchen", "selective", "products",
        "select: { products: { categories: [\"Shop All/Kitchen\"] } }", PRUNE));

    assertThat(deletes(plan())).as("OLD-2 is in Sale, outside the selection").containsExactly("products:OLD-1");
    applied(stores.apply());

    assertThat(stagingSkus()).containsExactly("KEEP-1", "LAMP-1", "MUG-1", "OLD-2", "SHIRT-1");
  }

  @Test
  void aRecordMovedOutOfTheSelectionOnTheSourceIsNotDeleted() {
    int mug = Catalog.productId(production, "MUG-1");
    Catalog.assertComplete(production.products().update(List.of(Product.builder().id(mug)
        .categories(List.of(Catalog.categoryId(production, "Sale"))).build())));
    stores.manifest(TwoStores.migration("kitchen", "selective", "products",
        "select: { products: { categories: [\"Shop All/Kitchen\"] } }", PRUNE));

    assertThat(deletes(plan())).as("MUG-1 is still on the source").containsExactly("products:OLD-1");
  }

  @Test
  void withoutPruneNothingIsDeleted() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products", "options: { prune: false }"));

    Plan plan = plan();
    assertThat(plan.count(ChangeClass.DELETE)).isZero();
    assertThat(plan.writes()).isZero();
    applied(stores.apply());

    assertThat(stagingSkus()).containsExactly("KEEP-1", "LAMP-1", "MUG-1", "OLD-1", "OLD-2", "SHIRT-1");
  }

  @Test
  void deletesRunAfterTheWritesAndDependentsBeforeTheirDependencies() {
    Catalog.brands(production, "Newco");
    int mug = Catalog.productId(production, "MUG-1");
    Catalog.assertComplete(production.products().update(List.of(Product.builder().id(mug).price(new BigDecimal("9.00")).build())));
    stores.manifest(TwoStores.migration("catalogue", "selective", "products, brands", PRUNE));
    int keep = Catalog.productId(staging, "KEEP-1");
    staging.products().delete(List.of(keep));
    Instant before = Instant.now();

    Plan plan = plan();
    assertThat(deletes(plan)).containsExactlyInAnyOrder("products:OLD-1", "products:OLD-2", "brands:Oldco");
    applied(stores.apply());

    List<String> writes = stores.staging.requestLog().records(r -> r.time().isAfter(before) && !r.method().equals("GET")).stream()
        .map(r -> r.route()).toList();
    int lastBrandCreate = last(writes, "POST /v3/catalog/brands");
    int lastProductUpdate = last(writes, "PUT /v3/catalog/products");
    int firstProductDelete = first(writes, "DELETE /v3/catalog/products");
    int firstBrandDelete = first(writes, "DELETE /v3/catalog/brands");
    assertThat(List.of(lastBrandCreate, lastProductUpdate, firstProductDelete)).as(writes.toString()).doesNotContain(-1);
    assertThat(firstProductDelete).as(writes.toString()).isGreaterThan(Math.max(lastBrandCreate, lastProductUpdate));
    assertThat(firstBrandDelete).as(writes.toString()).isGreaterThan(firstProductDelete);
    assertThat(staging.brands().findByName("Oldco")).isEmpty();
    assertThat(staging.brands().findByName("Newco")).isPresent();
    assertThat(plan().writes()).isZero();
  }

  private static int first(List<String> routes, String prefix) {
    for (int i = 0; i < routes.size(); i++) {
      if (routes.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static int last(List<String> routes, String prefix) {
    for (int i = routes.size() - 1; i >= 0; i--) {
      if (routes.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void restoreBringsADeletedProductBack() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products", PRUNE));
    OperationResult run = stores.apply();
    applied(run);
    assertThat(staging.products().findBySku("OLD-1")).isEmpty();

    OperationResult restored = stores.run(new RestoreHandler(MigrationSetup.of(TwoStores.CONNECTOR)), Operation.RESTORE,
        r -> r.runId(run.outputs().get("run-id")));

    assertThat(restored.success()).as(String.join("\n", restored.lines())).isTrue();
    Product back = Catalog.full(staging, "OLD-1");
    assertThat(back.price()).isEqualByComparingTo("12.00");
    assertThat(back.brandId()).isEqualTo(Catalog.brandId(staging, "Oldco"));
    assertThat(back.categories()).containsExactly(Catalog.categoryId(staging, "Shop All/Kitchen"));
    assertThat(stagingSkus()).containsExactly("KEEP-1", "LAMP-1", "MUG-1", "OLD-1", "OLD-2", "SHIRT-1");
    assertThat(deletes(plan())).as("pruning would delete them again").containsExactlyInAnyOrder("products:OLD-1", "products:OLD-2");
  }

  @Test
  void aSavedPlanWithDeletesIsRefusedWhenARecordToDeleteChangedSince() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products", PRUNE));
    stores.plan(r -> r.out(Path.of("plans/prune.json")));
    int old = Catalog.productId(staging, "OLD-1");
    Catalog.assertComplete(staging.products().update(List.of(Product.builder().id(old).price(new BigDecimal("13.00")).build())));

    assertThatThrownBy(() -> stores.apply(r -> r.plan(Path.of("plans/prune.json"))))
        .isInstanceOf(StagingProException.class).hasMessageContaining("products 'OLD-1': changed on the destination");
    assertThat(staging.products().findBySku("OLD-2")).isPresent();

    stores.plan(r -> r.out(Path.of("plans/prune.json")));
    applied(stores.apply(r -> r.plan(Path.of("plans/prune.json"))));
    assertThat(staging.products().findBySku("OLD-1")).isEmpty();
  }

  @Test
  void categoriesArePrunedChildrenFirst() {
    Catalog.categories(staging, "Clearance/Old");
    stores.manifest(TwoStores.migration("tree", "selective", "categories", PRUNE));

    assertThat(deletes(plan())).containsExactly("categories:Clearance/Old", "categories:Clearance");
    applied(stores.apply());

    assertThat(Catalog.findCategory(staging, "Clearance")).isEmpty();
    assertThat(Catalog.findCategory(staging, "Clearance/Old")).isEmpty();
    assertThat(Catalog.findCategory(staging, "Shop All/Kitchen")).isPresent();
    assertThat(plan().writes()).isZero();
  }

  @Test
  void entitiesOnlyPulledInAreNeverPruned() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products", PRUNE));

    Plan plan = plan();

    assertThat(plan.migrations().get(0).counts().get(Entity.BRANDS)).doesNotContainKey(ChangeClass.DELETE);
    assertThat(plan.migrations().get(0).counts().get(Entity.CATEGORIES)).doesNotContainKey(ChangeClass.DELETE);
  }
}
