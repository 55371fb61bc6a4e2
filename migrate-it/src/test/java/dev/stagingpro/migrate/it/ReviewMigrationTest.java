package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.ProductReview;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Product reviews (opt-in entity {@code product_reviews}), matched by SKU, title and e-mail, over HTTP. */
class ReviewMigrationTest extends TwoStoreTest {
  @Override
  void seed() {
    Catalog.seed(production);
    stores.manifest(TwoStores.migration("reviews", "selective", "product_reviews"));
  }

  private static ProductReview review(String title, String email, int rating) {
    return new ProductReview(null, null, title, "Said by " + email, "approved", rating, email, "Reviewer", "2024-05-01T10:00:00+00:00",
        null, null);
  }

  private static ProductReview add(StoreConnector store, String sku, ProductReview review) {
    return store.products().reviews().create(Catalog.productId(store, sku), review);
  }

  private static List<ProductReview> reviews(StoreConnector store, String sku) {
    return store.products().reviews().list(Catalog.productId(store, sku));
  }

  private static List<String> reviewChanges(Plan plan, ChangeClass changeClass) {
    return changes(plan, changeClass).stream().filter(c -> c.entity() == Entity.PRODUCT_REVIEWS).map(PlannedChange::key).toList();
  }

  @Test
  void reviewsAreCreatedThenUpdatedAndReviewsOnlyOnTheDestinationStay() {
    ProductReview edited = add(production, "SHIRT-1", review("Fits well", "ann@example.com", 5));
    add(production, "SHIRT-1", review("Shrinks", "bob@example.com", 2));
    add(production, "MUG-1", review("Keeps tea hot", "ann@example.com", 4));

    Plan plan = plan();
    assertThat(reviewChanges(plan, ChangeClass.CREATE)).as(text(plan)).containsExactlyInAnyOrder(
        "SHIRT-1|Fits well|ann@example.com", "SHIRT-1|Shrinks|bob@example.com", "MUG-1|Keeps tea hot|ann@example.com");
    applied();
    assertThat(reviews(staging, "SHIRT-1")).extracting(r -> r.title() + "/" + r.rating() + "/" + r.status() + "/" + r.dateReviewed())
        .containsExactlyInAnyOrder("Fits well/5/approved/2024-05-01T10:00:00+00:00", "Shrinks/2/approved/2024-05-01T10:00:00+00:00");
    assertThat(reviews(staging, "MUG-1")).extracting(ProductReview::text).containsExactly("Said by ann@example.com");
    assertThat(plan().writes()).as(text(plan())).isZero();

    int shirt = Catalog.productId(production, "SHIRT-1");
    production.products().reviews().update(shirt, edited.id(),
        new ProductReview(null, null, "Fits well", "Fits well, fades a bit", "approved", 3, "ann@example.com", "Reviewer",
            "2024-05-01T10:00:00+00:00", null, null));
    add(staging, "SHIRT-1", review("Only on staging", "qa@example.com", 1));

    plan = plan();
    assertThat(reviewChanges(plan, ChangeClass.UPDATE)).as(text(plan)).containsExactly("SHIRT-1|Fits well|ann@example.com");
    assertThat(plan.writes()).as(text(plan)).isEqualTo(1);
    applied();
    assertThat(reviews(staging, "SHIRT-1")).extracting(r -> r.title() + "/" + r.rating())
        .containsExactlyInAnyOrder("Fits well/3", "Shrinks/2", "Only on staging/1");
    assertThat(plan().writes()).as(text(plan())).isZero();
  }

  @Test
  void aReviewOfAProductThatWillNotBeOnTheDestinationIsNotMigratable() {
    add(production, "SHIRT-1", review("Fits well", "ann@example.com", 5));
    add(production, "MUG-1", review("Keeps tea hot", "ann@example.com", 4));
    Catalog.assertComplete(production.metafields().create(MetafieldOwner.PRODUCT,
        List.of(Metafield.draft(Catalog.productId(production, "SHIRT-1"), "stagingpro", "no-sync", "true", "read"))));

    Plan plan = plan();
    List<PlannedChange> refused = changes(plan, ChangeClass.NOT_MIGRATABLE);
    assertThat(refused).as(text(plan)).extracting(PlannedChange::key).containsExactly("SHIRT-1|Fits well|ann@example.com");
    assertThat(refused.get(0).reason()).hasValueSatisfying(reason -> assertThat(reason).contains("SHIRT-1"));
    assertThat(reviewChanges(plan, ChangeClass.CREATE)).containsExactly("MUG-1|Keeps tea hot|ann@example.com");

    stores.apply();
    assertThat(reviews(staging, "MUG-1")).extracting(ProductReview::title).containsExactly("Keeps tea hot");
    assertThat(staging.products().findBySku("SHIRT-1")).isEmpty();
  }
}
