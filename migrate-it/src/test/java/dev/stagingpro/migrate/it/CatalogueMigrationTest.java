package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.core.store.model.TreeCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Brands, categories and products from production to staging: every mode and option, over HTTP. */
class CatalogueMigrationTest extends TwoStoreTest {
  @Override
  void seed() {
    Catalog.seed(production);
  }

  @Test
  void selectiveApplyCreatesEverythingAndARerunPlansZeroChanges() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    Product source = Catalog.full(production, "SHIRT-1");
    dev.stagingpro.core.store.model.ProductOption size = source.options().get(0);
    production.products().options().update(source.id(), size.id(), new dev.stagingpro.core.store.model.ProductOption(null, null,
        "Size", "radio_buttons", null, 1, size.optionValues()));

    OperationResult planned = stores.plan();
    Plan plan = (Plan) planned.data();
    assertThat(plan.count(ChangeClass.CREATE)).isEqualTo(2 + 4 + 3);
    assertThat(planned.outputs()).containsEntry("plan-count-create", "9").containsEntry("changed", "true");
    assertThat(planned.lines()).anyMatch(l -> l.contains("brands (pulled in by products)"));
    assertThat(Catalog.all(staging)).isEmpty();

    applied();

    Product shirt = Catalog.full(staging, "SHIRT-1");
    assertThat(shirt.variants()).extracting(ProductVariant::sku).containsExactlyInAnyOrder("SHIRT-1-S", "SHIRT-1-M", "SHIRT-1-L");
    assertThat(shirt.images()).hasSize(2);
    assertThat(shirt.customFields()).extracting(CustomField::name).containsExactly("material");
    assertThat(shirt.bulkPricingRules()).hasSize(1);
    assertThat(shirt.videos()).hasSize(1);
    assertThat(shirt.options()).singleElement().satisfies(o -> assertThat(o.type()).isEqualTo("radio_buttons"));
    assertThat(shirt.brandId()).isEqualTo(Catalog.brandId(staging, "Acme"));
    assertThat(shirt.categories()).containsExactly(Catalog.categoryId(staging, "Shop All/Garden"));
    assertThat(Catalog.full(staging, "LAMP-1").relatedProducts()).containsExactly(Catalog.productId(staging, "MUG-1"));

    Plan again = plan();
    assertThat(again.writes()).as(text(again)).isZero();
    assertThat(again.count(ChangeClass.UNCHANGED)).isEqualTo(9);
  }

  @Test
  void updatesProductsInPlaceBySkuSoVariantIdsSurvive() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    Map<String, Integer> variantIds = Catalog.variantIds(staging, "SHIRT-1");
    int shirtId = Catalog.productId(staging, "SHIRT-1");

    Product shirt = Catalog.full(production, "SHIRT-1");
    Catalog.assertComplete(production.products().update(List.of(Product.builder().id(shirt.id()).price(new BigDecimal("25.00")).build())));
    ProductVariant medium = shirt.variants().stream().filter(v -> v.sku().equals("SHIRT-1-M")).findFirst().orElseThrow();
    Catalog.assertComplete(production.products().updateVariants(List.of(ProductVariant.builder().id(medium.id())
        .productId(shirt.id()).price(new BigDecimal("22.00")).build())));
    production.products().variants().create(shirt.id(), Catalog.variant("SHIRT-1-XL", "Size", "XL"));

    Plan plan = plan();
    List<PlannedChange> updates = changes(plan, ChangeClass.UPDATE);
    assertThat(updates).extracting(PlannedChange::key).containsExactly("SHIRT-1");
    assertThat(updates.get(0).changes()).extracting(c -> c.path())
        .contains("price", "variants[SHIRT-1-M].price", "variants[SHIRT-1-XL]");

    applied();

    Product after = Catalog.full(staging, "SHIRT-1");
    assertThat(after.id()).isEqualTo(shirtId);
    assertThat(after.price()).isEqualByComparingTo("25.00");
    assertThat(Catalog.variantIds(staging, "SHIRT-1")).containsAllEntriesOf(variantIds).containsKey("SHIRT-1-XL");
    assertThat(after.variants().stream().filter(v -> v.sku().equals("SHIRT-1-M")).findFirst().orElseThrow().price())
        .isEqualByComparingTo("22.00");
    assertThat(plan().writes()).as(text(plan())).isZero();
  }

  @Test
  void stockIsCopiedOnlyWhenAsked() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    assertThat(Catalog.full(staging, "MUG-1").inventoryLevel()).isZero();
    int mug = Catalog.productId(production, "MUG-1");
    Catalog.assertComplete(production.products().update(List.of(Product.builder().id(mug).inventoryLevel(4).build())));

    assertThat(plan().writes()).as("stock is not compared without copy_stock").isZero();

    stores.manifest(TwoStores.migration("catalogue", "selective", "products", "options: { copy_stock: true }"));
    assertThat(changes(plan(), ChangeClass.UPDATE)).extracting(PlannedChange::key).containsExactly("MUG-1");
    OperationResult result = stores.apply(r -> r.reapply(true));
    assertThat(result.success()).as(String.join("\n", result.lines())).isTrue();

    assertThat(Catalog.full(staging, "MUG-1").inventoryLevel()).isEqualTo(4);
  }

  @Test
  void imagesTheSourceDroppedStayUnlessPruningIsAskedAndRerunsNeverDuplicateThem() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    Product shirt = Catalog.full(production, "SHIRT-1");
    int back = shirt.images().stream().filter(i -> i.imageUrl().endsWith("shirt-back.jpg")).findFirst().orElseThrow().id();
    production.products().images().delete(shirt.id(), back);

    assertThat(plan().writes()).isZero();
    applied();
    assertThat(Catalog.full(staging, "SHIRT-1").images()).hasSize(2);

    stores.manifest(TwoStores.migration("catalogue", "selective", "products", "options: { prune_images: true }"));
    assertThat(stores.apply(r -> r.reapply(true)).success()).isTrue();

    assertThat(Catalog.full(staging, "SHIRT-1").images()).extracting(i -> i.imageUrl())
        .containsExactly("https://cdn.example.com/shirt-front.jpg");
  }

  @Test
  void categoryAssignmentIsReplacedByDefaultAndAppendedWhenAsked() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    int mug = Catalog.productId(staging, "MUG-1");
    Catalog.assertComplete(staging.products().update(List.of(Product.builder().id(mug)
        .categories(List.of(Catalog.categoryId(staging, "Shop All/Kitchen"), Catalog.categoryId(staging, "Sale"))).build())));

    List<PlannedChange> replace = changes(plan(), ChangeClass.UPDATE);
    assertThat(replace).extracting(PlannedChange::key).containsExactly("MUG-1");

    stores.manifest(TwoStores.migration("catalogue", "selective", "products", "options: { category_assignment: append }"));
    assertThat(plan().writes()).as("append keeps the destination's extra category").isZero();

    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    assertThat(Catalog.full(staging, "MUG-1").categories()).containsExactly(Catalog.categoryId(staging, "Shop All/Kitchen"));
  }

  @Test
  void bulkModeReportsExistingRecordsAsConflictsAndLeavesThemAlone() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    int mug = Catalog.productId(production, "MUG-1");
    Catalog.assertComplete(production.products().update(List.of(Product.builder().id(mug).price(new BigDecimal("9.50")).build())));

    stores.manifest(TwoStores.migration("seed", "bulk", "products"));
    Plan plan = plan();
    assertThat(plan.count(ChangeClass.CONFLICT)).isEqualTo(9);
    assertThat(changes(plan, ChangeClass.CONFLICT).get(0).reason()).hasValueSatisfying(r -> assertThat(r).contains("bulk mode"));
    assertThat(plan.writes()).isZero();
    applied();
    assertThat(Catalog.full(staging, "MUG-1").price()).isEqualByComparingTo("8.00");
  }

  @Test
  void noSyncRecordsAreSkippedAndWhatNeedsThemIsNotMigratable() {
    int mug = Catalog.productId(production, "MUG-1");
    production.products().customFields().create(mug, CustomField.of("no-sync", "true"));
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));

    Plan plan = plan();
    assertThat(changes(plan, ChangeClass.SKIPPED)).extracting(PlannedChange::key).containsExactly("MUG-1");
    PlannedChange lamp = changes(plan, ChangeClass.NOT_MIGRATABLE).get(0);
    assertThat(lamp.key()).isEqualTo("LAMP-1");
    assertThat(lamp.reason()).hasValueSatisfying(r -> assertThat(r).contains("product 'MUG-1'").contains("skipped"));
    assertThat(plan.migrations().get(0).counts().get(dev.stagingpro.core.manifest.Entity.CATEGORIES).get(ChangeClass.CREATE))
        .as("only the categories of migratable products come along").isEqualTo(2);

    applied();
    assertThat(Catalog.all(staging)).extracting(Product::sku).containsExactly("SHIRT-1");
  }

  @Test
  void aCategoryThatExistsUnderAnotherParentIsReportedAsATwin() {
    Catalog.categories(staging, "Outlet", "Outlet/Kitchen");
    stores.manifest(TwoStores.migration("catalogue", "selective", "categories"));

    PlannedChange kitchen = changes(plan(), ChangeClass.CREATE).stream().filter(c -> c.key().equals("Shop All/Kitchen")).findFirst().orElseThrow();

    assertThat(kitchen.reason()).hasValueSatisfying(r -> assertThat(r).contains("twin").contains("Outlet/Kitchen"));
    assertThat(stores.plan().lines()).anyMatch(l -> l.contains("Shop All/Kitchen") && l.contains("twin"));
  }

  @Test
  void selectionBySkuBringsOnlyTheBrandsAndCategoriesTheSelectedProductsNeed() {
    stores.manifest(TwoStores.migration("shirts", "selective", "products", "select: { products: { skus: [\"SHIRT-*\"] } }"));

    Plan plan = plan();

    assertThat(changes(plan, ChangeClass.CREATE)).extracting(c -> c.entity().key() + ":" + c.key())
        .containsExactly("brands:Acme", "categories:Shop All", "categories:Shop All/Garden", "products:SHIRT-1");
  }

  @Test
  void aDestinationStorefrontInPrelaunchIsRefused() {
    Channel preview = staging.channels().create(Channel.storefront("preview", "prelaunch"));
    stores.manifest(TwoStores.migration("catalogue", "selective", "products").replace("", ""));
    String yaml = readManifest().replace("    api_url: " + stores.server.baseUrl() + "\nmigrations", "    api_url: " + stores.server.baseUrl()
        + "\n    channels: [" + preview.id() + "]\nmigrations");
    writeManifest(yaml);

    assertThatThrownBy(this::plan).isInstanceOf(StagingProException.class).hasMessageContaining("prelaunch")
        .hasMessageContaining("'staging'");
    assertThatThrownBy(stores::apply).isInstanceOf(StagingProException.class).hasMessageContaining("prelaunch");
    assertThat(Catalog.all(staging)).isEmpty();
  }

  @Test
  void aProtectedDestinationNeedsApprovalAndReadingASourceNeverWritesToIt() {
    Catalog.brands(staging, "Initech");
    String yaml = "migrations:\n  - id: back\n    from: staging\n    to: production\n    mode: selective\n    entities: [brands]\n";
    stores.manifest(yaml);
    java.time.Instant before = java.time.Instant.now();

    assertThatThrownBy(stores::apply).isInstanceOf(StagingProException.class).hasMessageContaining("protected");
    assertThat(production.brands().findByName("Initech")).isEmpty();

    OperationResult result = stores.apply(TwoStores.approved());
    assertThat(result.success()).isTrue();
    assertThat(production.brands().findByName("Initech")).isPresent();
    assertThat(stores.staging.requestLog().records(r -> r.time().isAfter(before))).isNotEmpty()
        .allSatisfy(r -> assertThat(r.method()).as(r.route()).isEqualTo("GET"));
  }

  @Test
  void aProductWithoutSkuIsNotMigratableAndSaysWhy() {
    Catalog.products(production, List.of(Catalog.product("", "Gift card", "10.00").sku(null).build()));
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));

    PlannedChange gift = changes(plan(), ChangeClass.NOT_MIGRATABLE).get(0);

    assertThat(gift.reason()).hasValueSatisfying(r -> assertThat(r).contains("no SKU"));
  }

  private String readManifest() {
    try {
      return java.nio.file.Files.readString(repo.resolve("stagingpro.yml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void writeManifest(String yaml) {
    try {
      java.nio.file.Files.writeString(repo.resolve("stagingpro.yml"), yaml);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<TreeCategory> categories(StoreConnector store) {
    return store.categoryTrees().categories(ListQuery.all()).toList();
  }
}
