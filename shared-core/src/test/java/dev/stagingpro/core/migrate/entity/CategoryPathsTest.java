package dev.stagingpro.core.migrate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryPathsTest {
  @Test
  void aPathSplitsBackIntoItsNamesEvenWhenANameHasASlash() {
    String path = CategoryPaths.child(CategoryPaths.child(null, "Shop All"), "T-Shirts/Tops");

    assertThat(path).isEqualTo("Shop All/T-Shirts\\/Tops");
    assertThat(CategoryPaths.names(path)).containsExactly("Shop All", "T-Shirts/Tops");
    assertThat(CategoryPaths.name(path)).isEqualTo("T-Shirts/Tops");
    assertThat(CategoryPaths.parent(path)).contains("Shop All");
    assertThat(CategoryPaths.depth(path)).isEqualTo(2);
  }

  @Test
  void ancestorsComeTopFirstAndATopLevelCategoryHasNoParent() {
    assertThat(CategoryPaths.withAncestors("A/B/C")).containsExactly("A", "A/B", "A/B/C");
    assertThat(CategoryPaths.parent("A")).isEmpty();
  }
}
