package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of broken copies of the example theme: every problem, with file, line and column. */
class ThemeValidatorTest {
  private static final ThemeValidator.Options MARKETPLACE = new ThemeValidator.Options(true, true);

  @TempDir Path temp;
  Path theme;

  @BeforeEach
  void copyTheme() {
    theme = ThemeFixtures.copy(ThemeFixtures.DEMO, temp.resolve("theme"));
  }

  private List<String> errors(ThemeValidator.Options options) {
    return ThemeValidator.validate(ThemeFixtures.theme(theme), options).stream().filter(ThemeProblem::isError)
        .map(ThemeProblem::toString).toList();
  }

  private List<String> warnings() {
    return ThemeValidator.validate(ThemeFixtures.theme(theme), ThemeValidator.Options.DEFAULT).stream()
        .filter(p -> !p.isError()).map(ThemeProblem::toString).toList();
  }

  @Test
  void theExampleThemePassesEvenTheMarketplaceRules() {
    assertThat(errors(MARKETPLACE)).isEmpty();
    assertThat(warnings()).isEmpty();
  }

  @Test
  void malformedConfigNamesLineAndColumn() {
    ThemeFixtures.replace(theme, "config.json", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",,");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).singleElement().asString()
        .startsWith("config.json:3:22: is not valid JSON");
  }

  @Test
  void configRulesReportEveryProblemAtOnce() {
    ThemeFixtures.replace(theme, "config.json", "\"version\": \"1.0.0\"", "\"version\": 1");
    ThemeFixtures.replace(theme, "config.json", "\"author_email\": \"themes@stagingpro.dev\",", "");
    ThemeFixtures.replace(theme, "config.json", "\"price\": 0", "\"price\": 0.5");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).containsExactlyInAnyOrder(
        "config.json:3:3: config.version should be string",
        "config.json:4:3: config.meta should have required property 'author_email'",
        "config.json:5:5: config.meta.price should be integer");
  }

  @Test
  void marketplaceRulesAreStricter() {
    ThemeFixtures.replace(theme, "config.json", "\"demo_url\": \"https://demo-store.stagingpro.dev/dark\",", "");
    ThemeFixtures.replace(theme, "config.json", "\"product_showcase\"", "\"fully_responsive\"");
    String duplicate = "config.json:11:5: config.meta.features should NOT have duplicate items (items ## 0 and 1 are identical)";
    assertThat(errors(ThemeValidator.Options.DEFAULT)).containsExactly(duplicate);
    assertThat(errors(MARKETPLACE)).containsExactlyInAnyOrder(duplicate,
        "config.json:58:7: config.variations[1].meta should have required property 'demo_url'");
  }

  @Test
  void schemaProblemsPointAtTheSetting() {
    ThemeFixtures.replace(theme, "schema.json", "\"type\": \"checkbox\",", "\"type\": \"toggle\",");
    ThemeFixtures.replace(theme, "schema.json", "\"label\": \"i18n.ProductsPerRow\",", "");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).containsExactlyInAnyOrder(
        "schema.json:52:9: schema[2].settings[0].type should be equal to one of the allowed values",
        "schema.json:56:7: schema[2].settings[1] should have required property 'label' (a select setting needs it)",
        "schemaTranslations.json:11:3: unused translation key \"i18n.ProductsPerRow\": schema.json does not use it; remove it");
  }

  @Test
  void translationKeysMustMatchTheSchema() {
    ThemeFixtures.replace(theme, "schemaTranslations.json", "\"i18n.Small\": { \"default\": \"Small\", \"fr\": \"Petit\" },",
        "\"i18n.Smal\": { \"default\": \"\", \"fr\": \"Petit\", \"X1\": \"x\" },");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).containsExactlyInAnyOrder(
        "schemaTranslations.json:13:18: schemaTranslations['i18n.Smal'].default should NOT be shorter than 1 characters",
        "schemaTranslations.json:13:48: schemaTranslations['i18n.Smal'] should NOT have additional properties ('X1')",
        "schema.json:78:13: missing translation key \"i18n.Small\": add it to schemaTranslations.json",
        "schemaTranslations.json:13:3: unused translation key \"i18n.Smal\": schema.json does not use it; remove it");
  }

  @Test
  void frontMatterMustBeYamlWithoutTrailingSymbols() {
    ThemeFixtures.replace(theme, "templates/pages/product.html", "limit: 2", "limit: 2,");
    ThemeFixtures.replace(theme, "templates/pages/category.html", "products:", "products: [");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).satisfiesExactlyInAnyOrder(
        e -> assertThat(e).isEqualTo("templates/pages/category.html:5:4: front matter is not valid YAML: while parsing a flow"
            + " sequence; expected ',' or ']', but got <document start>"),
        e -> assertThat(e).isEqualTo("templates/pages/product.html:4:16: front matter value \"2,\" ends with ','; remove the"
            + " trailing symbol (the storefront would not read the value)"));
  }

  @Test
  void frontMatterSeesThemeSettings() {
    ThemeFixtures.replace(theme, "config.json", "\"homepage_featured_products_count\": 8", "\"homepage_featured_products_count\": \"8;\"");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).hasSize(2).allMatch(e -> e.contains("ends with ';'"));
  }

  @Test
  void langFilesMustBeJsonAndMissingKeysWarn() {
    ThemeFixtures.replace(theme, "lang/fr-CA.json", "\"Description\",", "\"Description\"");
    ThemeFixtures.replace(theme, "lang/en.json", "\"empty\": \"No products in this category yet.\"", "\"nothing\": \"\"");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).singleElement().asString().startsWith("lang/fr-CA.json:12:5: is not valid JSON");
    assertThat(warnings()).containsExactly("templates/pages/category.html:12:12: missing translation for 'category.empty' in lang/en.json");
  }

  @Test
  void marketplaceMetaImagesNeedTheirExactSize() {
    ThemeFixtures.copy(ThemeFixtures.DEMO.resolve("meta/mobile_dark.png"), theme.resolve("meta/desktop_dark.png"));
    ThemeFixtures.replace(theme, "config.json", "\"composed.png\"", "\"composed.bmp\"");
    assertThat(errors(MARKETPLACE)).containsExactlyInAnyOrder(
        "config.json:10:5: meta.composed_image 'composed.bmp' must be a .jpg, .jpeg, .png or .gif file",
        "meta/desktop_dark.png: is 304x540 pixels; a desktop_screenshot must be 2048x2600");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).isEmpty();
  }

  @Test
  void scssThatDoesNotCompileIsAnErrorInTheImportedFile() {
    ThemeFixtures.replace(theme, "assets/scss/components/_header.scss", "padding: rem(8px);", "padding: $undefined-gap;");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).singleElement().asString()
        .startsWith("assets/scss/components/_header.scss:14:14: SCSS does not compile (variation Light): Undefined variable");
  }

  @Test
  void scssSeesEachVariationsSettings() {
    ThemeFixtures.replace(theme, "config.json", "\"color-accent\": \"#f0a500\"", "\"color-accent\": \"\"");
    assertThat(errors(ThemeValidator.Options.DEFAULT)).singleElement().asString()
        .startsWith("assets/scss/theme.scss:26:16: SCSS does not compile (variation Dark)").contains("lighten");
  }
}
