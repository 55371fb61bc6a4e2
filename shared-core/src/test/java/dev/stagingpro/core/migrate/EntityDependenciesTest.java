package dev.stagingpro.core.migrate;

import static dev.stagingpro.core.manifest.Entity.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityDependenciesTest {
  @Test
  void promotionsPullInEverythingTheyReferToInDependencyOrder() {
    EntityDependencies.Resolved resolved = EntityDependencies.resolve(List.of(PROMOTIONS));

    assertThat(resolved.order()).containsExactly(BRANDS, CATEGORIES, PRODUCTS, CUSTOMER_GROUPS, SHIPPING_ZONES, PROMOTIONS);
    assertThat(resolved.pulledInBy()).containsOnlyKeys(BRANDS, CATEGORIES, PRODUCTS, CUSTOMER_GROUPS, SHIPPING_ZONES);
    assertThat(resolved.pulledInBy().get(SHIPPING_ZONES)).containsExactly(PROMOTIONS);
    assertThat(resolved.wasPulledIn(PROMOTIONS)).isFalse();
  }

  @Test
  void requestedEntitiesAreNotReportedAsPulledIn() {
    EntityDependencies.Resolved resolved = EntityDependencies.resolve(List.of(CUSTOMERS, CUSTOMER_GROUPS));

    assertThat(resolved.order()).containsExactly(CUSTOMER_GROUPS, CUSTOMERS);
    assertThat(resolved.pulledInBy()).isEmpty();
  }

  @Test
  void dependenciesAlwaysComeBeforeTheirDependents() {
    EntityDependencies.Resolved resolved = EntityDependencies.resolve(List.of(B2B_QUOTES, PRICE_LIST_RECORDS, B2B_SHOPPING_LISTS));

    for (var entity : resolved.order()) {
      for (var dependency : EntityDependencies.directDependencies(entity)) {
        assertThat(resolved.order().indexOf(dependency)).as("%s before %s", dependency, entity).isLessThan(resolved.order().indexOf(entity));
      }
    }
    assertThat(resolved.pulledInBy().get(PRODUCTS)).containsExactlyInAnyOrder(B2B_QUOTES, PRICE_LIST_RECORDS);
  }
}
