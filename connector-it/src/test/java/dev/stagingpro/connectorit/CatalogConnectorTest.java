package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.Products;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Brand;
import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.CategoryNode;
import dev.stagingpro.core.store.model.CategoryTree;
import dev.stagingpro.core.store.model.ChannelAssignment;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.OptionValue;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductImage;
import dev.stagingpro.core.store.model.ProductModifier;
import dev.stagingpro.core.store.model.ProductOption;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.core.store.model.ProductVideo;
import dev.stagingpro.core.store.model.TreeCategory;
import dev.stagingpro.core.store.model.VariantOptionValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Catalog reads and writes against the sandbox; every request checked against the specs. */
class CatalogConnectorTest {
  private final SandboxConnection sandbox = new SandboxConnection();
  private final StoreConnector connector = sandbox.connect();

  @AfterEach
  void close() {
    connector.close();
    sandbox.close();
    sandbox.assertRequestsFollowTheSpecs();
  }

  @Test
  void productsAreCreatedReadPageByPageUpdatedAndDeleted() {
    List<Product> drafts = IntStream.range(0, 260).mapToObj(i -> product("SKU-" + i)).toList();

    BatchResult<Product> created = connector.products().create(drafts);

    assertThat(created.failed()).isEmpty();
    assertThat(created.succeeded()).extracting(Product::sku).containsExactlyElementsOf(drafts.stream().map(Product::sku).toList());
    assertThat(connector.products().list(ListQuery.all())).hasSize(260);
    assertThat(connector.metrics().snapshot().requestsByEndpoint()).containsEntry("GET /v3/catalog/products", 2L);

    List<Product> cheaper = created.succeeded().stream().limit(25)
        .map(p -> Product.builder().id(p.id()).price(new BigDecimal("1.50")).build()).toList();
    BatchResult<Product> updated = connector.products().update(cheaper);
    assertThat(updated.failed()).isEmpty();
    assertThat(updated.succeeded()).allSatisfy(p -> assertThat(p.price()).isEqualByComparingTo("1.50"));
    assertThat(connector.metrics().snapshot().requestsByEndpoint()).containsEntry("PUT /v3/catalog/products", 3L);
    assertThat(connector.products().findBySku("SKU-3").orElseThrow().price()).isEqualByComparingTo("1.50");

    BatchResult<Integer> deleted = connector.products().delete(created.succeeded().stream().map(Product::id).toList());
    assertThat(deleted.failed()).isEmpty();
    assertThat(connector.products().list(ListQuery.all())).isEmpty();
  }

  @Test
  void aProductWithNestedPartsAndItsSubResources() {
    Product draft = product("MUG").toBuilder()
        .customFields(List.of(CustomField.of("material", "stoneware")))
        .bulkPricingRules(List.of(new BulkPricingRule(null, 10, 19, "percent", new BigDecimal("5"))))
        .images(List.of(new ProductImage(null, null, "https://cdn.example.com/mug.jpg", true, 0, "front",
            null, null, null, null, null)))
        .build();
    Product mug = connector.products().create(List.of(draft)).succeeded().get(0);
    Products products = connector.products();

    Product read = products.list(ListQuery.where("id:in", List.of(mug.id()))
        .include("custom_fields", "bulk_pricing_rules", "images", "variants")).findFirst().orElseThrow();
    assertThat(read.customFields()).extracting(CustomField::name).containsExactly("material");
    assertThat(read.bulkPricingRules()).singleElement().satisfies(r -> assertThat(r.quantityMin()).isEqualTo(10));
    assertThat(read.images()).singleElement().satisfies(i -> assertThat(i.isThumbnail()).isTrue());

    ProductOption size = products.options().create(mug.id(), new ProductOption(null, mug.id(), "Size", "dropdown",
        null, 0, List.of(OptionValue.of("Small", 0), OptionValue.of("Large", 1))));
    assertThat(size.optionValues()).extracting(OptionValue::label).containsExactly("Small", "Large");
    int large = size.optionValues().get(1).id();
    ProductVariant variant = products.variants().create(mug.id(), ProductVariant.builder()
        .sku("MUG-L").optionValues(List.of(VariantOptionValue.of(size.id(), large))).price(new BigDecimal("12")).build());
    assertThat(variant.sku()).isEqualTo("MUG-L");
    assertThat(products.variants().list(mug.id())).extracting(ProductVariant::sku).contains("MUG-L");
    BatchResult<ProductVariant> repriced = products.updateVariants(
        List.of(ProductVariant.builder().id(variant.id()).price(new BigDecimal("13")).build()));
    assertThat(repriced.succeeded()).singleElement().satisfies(v -> assertThat(v.price()).isEqualByComparingTo("13"));

    ProductModifier engraving = products.modifiers().create(mug.id(),
        new ProductModifier(null, mug.id(), null, "Engraving", "text", false, 0, null, null));
    assertThat(products.modifiers().list(mug.id())).extracting(ProductModifier::displayName).containsExactly("Engraving");

    ProductVideo video = products.videos().create(mug.id(),
        new ProductVideo(null, null, "dQw4w9WgXcQ", "Mug in use", null, 0, "youtube", null));
    assertThat(products.videos().list(mug.id())).extracting(ProductVideo::videoId).containsExactly("dQw4w9WgXcQ");
    products.videos().delete(mug.id(), video.id());
    assertThat(products.videos().list(mug.id())).isEmpty();

    CustomField color = products.customFields().create(mug.id(), CustomField.of("color", "blue"));
    CustomField green = products.customFields().update(mug.id(), color.id(), CustomField.of("color", "green"));
    assertThat(green.value()).isEqualTo("green");
    products.modifiers().delete(mug.id(), engraving.id());

    assertThatThrownBy(() -> products.customFields().create(mug.id(), CustomField.of("color", "green")))
        .isInstanceOf(StoreApiException.class);
  }

  @Test
  void brandsAreUniqueByName() {
    BatchResult<Brand> first = connector.brands().create(List.of(Brand.named("Acme"), Brand.named("Globex")));
    assertThat(first.failed()).isEmpty();

    BatchResult<Brand> again = connector.brands().create(List.of(Brand.named("Initech"), Brand.named("Acme")));

    assertThat(again.succeeded()).extracting(Brand::name).containsExactly("Initech");
    assertThat(again.failed()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(1);
      assertThat(f.key()).isEqualTo("Acme");
      assertThat(f.status()).isEqualTo(409);
    });
    Brand acme = connector.brands().findByName("Acme").orElseThrow();
    Brand renamed = connector.brands().update(List.of(acme.withId(acme.id()))).succeeded().get(0);
    assertThat(renamed.name()).isEqualTo("Acme");
    assertThat(connector.brands().delete(List.of(acme.id())).failed()).isEmpty();
    assertThat(connector.brands().list(ListQuery.all())).extracting(Brand::name).containsExactlyInAnyOrder("Globex", "Initech");
  }

  @Test
  void categoriesAreBuiltParentsFirstAndMatchedByParentAndName() {
    CategoryTree tree = connector.categoryTrees().treeOfChannel(1).orElseThrow();
    TreeCategory garden = connector.categoryTrees().createCategories(
        List.of(TreeCategory.draft(tree.id(), 0, "Garden"))).succeeded().get(0);

    BatchResult<TreeCategory> children = connector.categoryTrees().createCategories(List.of(
        TreeCategory.draft(tree.id(), garden.categoryId(), "Bath"),
        TreeCategory.draft(tree.id(), garden.categoryId(), "Tools"),
        TreeCategory.draft(tree.id(), garden.categoryId(), "Bath")));

    assertThat(children.succeeded()).extracting(TreeCategory::name).containsExactly("Bath", "Tools");
    assertThat(children.failed()).singleElement().satisfies(f -> assertThat(f.index()).isEqualTo(2));
    List<CategoryNode> nested = connector.categoryTrees().nested(tree.id());
    CategoryNode gardenNode = nested.stream().filter(n -> n.name().equals("Garden")).findFirst().orElseThrow();
    assertThat(gardenNode.children()).extracting(CategoryNode::name).containsExactlyInAnyOrder("Bath", "Tools");

    TreeCategory tools = children.succeeded().get(1);
    BatchResult<TreeCategory> renamed = connector.categoryTrees().updateCategories(
        List.of(TreeCategory.builder().categoryId(tools.categoryId()).name("Garden tools").build()));
    assertThat(renamed.failed()).isEmpty();
    assertThat(connector.categoryTrees().categories(ListQuery.where("parent_id:in", garden.categoryId())))
        .extracting(TreeCategory::name).containsExactlyInAnyOrder("Bath", "Garden tools");
    connector.categoryTrees().deleteCategories(List.of(tools.categoryId()));
    assertThat(connector.categoryTrees().categories(ListQuery.where("name", "Garden tools"))).isEmpty();
  }

  @Test
  void productsAreListedOnChannels() {
    Product mug = connector.products().create(List.of(product("CH-1"))).succeeded().get(0);

    connector.products().assignChannels(List.of(new ChannelAssignment(mug.id(), 1)));

    assertThat(connector.products().channelAssignments(ListQuery.where("product_id:in", mug.id())))
        .extracting(ChannelAssignment::channelId).containsExactly(1);
    connector.products().unassignChannels(List.of(mug.id()), List.of(1));
    assertThat(connector.products().channelAssignments(ListQuery.where("product_id:in", mug.id()))).isEmpty();
  }

  static Product product(String sku) {
    return Product.draft("Product " + sku, "physical", sku, new BigDecimal("9.99"), new BigDecimal("1.0"));
  }
}
