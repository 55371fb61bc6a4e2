package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.ChannelAssignment;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What moves with a product besides its own fields and parts: metafields and channel listings, over HTTP. */
class ProductExtrasMigrationTest extends TwoStoreTest {
  @Override
  void seed() {
    Catalog.seed(production);
  }

  private static List<Metafield> metafields(StoreConnector store, String sku) {
    return store.metafields().listFor(MetafieldOwner.PRODUCT, Catalog.productId(store, sku), ListQuery.all()).toList();
  }

  private static Metafield metafield(StoreConnector store, String sku, String key) {
    return metafields(store, sku).stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
  }

  private void addMetafield(StoreConnector store, String sku, String namespace, String key, String value) {
    Catalog.assertComplete(store.metafields().create(MetafieldOwner.PRODUCT,
        List.of(Metafield.draft(Catalog.productId(store, sku), namespace, key, value, "read"))));
  }

  @Test
  void productMetafieldsAreCreatedAndUpdatedByNamespaceAndKeyAndExtraOnesStay() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    addMetafield(production, "SHIRT-1", "erp", "origin", "Portugal");
    addMetafield(production, "SHIRT-1", "seo", "origin", "a different namespace");

    applied();
    assertThat(metafields(staging, "SHIRT-1")).extracting(m -> m.namespace() + "/" + m.key() + "=" + m.value())
        .containsExactlyInAnyOrder("erp/origin=Portugal", "seo/origin=a different namespace");
    assertThat(metafield(staging, "SHIRT-1", "origin").permissionSet()).isEqualTo("read");
    assertThat(plan().writes()).as(text(plan())).isZero();

    Metafield origin = metafields(production, "SHIRT-1").stream().filter(m -> m.namespace().equals("erp")).findFirst().orElseThrow();
    Catalog.assertComplete(production.metafields().update(MetafieldOwner.PRODUCT, List.of(origin.withValue("Spain"))));
    addMetafield(production, "MUG-1", "erp", "supplier", "Globex Ceramics");
    addMetafield(staging, "SHIRT-1", "local", "note", "only on staging");
    int shirtMetafield = metafields(staging, "SHIRT-1").stream().filter(m -> m.namespace().equals("erp")).findFirst().orElseThrow().id();

    Plan plan = plan();
    assertThat(changes(plan, ChangeClass.UPDATE)).extracting(PlannedChange::key).containsExactlyInAnyOrder("SHIRT-1", "MUG-1");
    assertThat(changes(plan, ChangeClass.UPDATE)).flatExtracting(PlannedChange::changes).extracting(c -> c.path())
        .allMatch(path -> path.startsWith("metafields"));

    applied();
    assertThat(metafields(staging, "SHIRT-1")).extracting(m -> m.namespace() + "/" + m.key() + "=" + m.value())
        .containsExactlyInAnyOrder("erp/origin=Spain", "seo/origin=a different namespace", "local/note=only on staging");
    assertThat(metafields(staging, "SHIRT-1")).anyMatch(m -> m.id() == shirtMetafield && m.value().equals("Spain"));
    assertThat(metafields(staging, "MUG-1")).extracting(Metafield::value).containsExactly("Globex Ceramics");
    assertThat(plan().writes()).as(text(plan())).isZero();
  }

  @Test
  void aProductMetafieldNamedNoSyncSkipsTheProduct() {
    addMetafield(production, "SHIRT-1", "stagingpro", "no-sync", "true");
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));

    Plan plan = plan();
    assertThat(changes(plan, ChangeClass.SKIPPED)).extracting(PlannedChange::key).containsExactly("SHIRT-1");

    applied();
    assertThat(Catalog.all(staging)).extracting(Product::sku).containsExactlyInAnyOrder("MUG-1", "LAMP-1");
  }

  @Test
  void newProductsAreListedOnTheDestinationEnvironmentsChannels() {
    Channel outlet = staging.channels().create(Channel.storefront("outlet", "active"));
    Channel sourceOnly = production.channels().create(Channel.storefront("wholesale", "active"));
    production.products().assignChannels(List.of(new ChannelAssignment(Catalog.productId(production, "MUG-1"), sourceOnly.id())));
    stores.stagingExtra = "    channels: [1, " + outlet.id() + "]\n";
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));

    assertThat(plan().count(ChangeClass.CREATE)).isEqualTo(2 + 4 + 3);
    applied();

    for (String sku : List.of("SHIRT-1", "MUG-1", "LAMP-1")) {
      assertThat(channels(staging, sku)).as(sku).containsExactlyInAnyOrder(1, outlet.id());
    }
    assertThat(plan().writes()).as(text(plan())).isZero();
  }

  @Test
  void withoutChannelsInTheManifestNewProductsGoOnTheStoresDefaultChannel() {
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
    applied();
    assertThat(channels(staging, "SHIRT-1")).containsExactly(staging.storeInfo().defaultChannelId() == null ? 1
        : staging.storeInfo().defaultChannelId());
  }

  private static List<Integer> channels(StoreConnector store, String sku) {
    return store.products().channelAssignments(ListQuery.where("product_id:in", Catalog.productId(store, sku)))
        .map(ChannelAssignment::channelId).toList();
  }
}
