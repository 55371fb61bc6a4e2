package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles of the example theme and of broken copies of it, as real zip files. */
class ThemeBundlerTest {
  @TempDir Path temp;
  Path theme;
  Path outDir;

  @BeforeEach
  void copyTheme() throws IOException {
    theme = ThemeFixtures.copy(ThemeFixtures.DEMO, temp.resolve("theme"));
    outDir = Files.createDirectories(temp.resolve("out"));
  }

  private ThemeBundler.Result bundle(Path destination) {
    return ThemeBundler.bundle(ThemeFixtures.theme(theme), destination, ThemeBundler.Options.DEFAULT, ProgressListener.NONE);
  }

  @Test
  void sameContentGivesByteIdenticalZipsInAnyTimeZone() throws IOException {
    TimeZone original = TimeZone.getDefault();
    ThemeBundler.Result first;
    ThemeBundler.Result second;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      first = bundle(outDir.resolve("a.zip"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      second = bundle(outDir.resolve("b.zip"));
    } finally {
      TimeZone.setDefault(original);
    }
    assertThat(Files.readAllBytes(first.zip())).isEqualTo(Files.readAllBytes(second.zip()));
    assertThat(first.sha256()).isEqualTo(second.sha256()).hasSize(64);
    assertThat(BundleGoldenTest.entryNames(first.zip())).isSorted();
  }

  @Test
  void rebundlingTheSameContentIsNotAChange() {
    Path zip = outDir.resolve("theme.zip");
    assertThat(bundle(zip).changed()).isTrue();
    assertThat(bundle(zip).changed()).isFalse();
    ThemeFixtures.write(theme, "assets/js/extra.js", "// more\n");
    assertThat(bundle(zip).changed()).isTrue();
  }

  @Test
  void sourceMapsOfScriptsAreLeftOutButNodeModulesNeverWalked() throws IOException {
    ThemeFixtures.write(theme, "assets/js/theme.js.map", "{}");
    ThemeFixtures.write(theme, "assets/js/node_modules/pkg/index.js", "x");
    ThemeFixtures.write(theme, "node_modules/pkg/index.js", "x");
    List<String> warnings = new ArrayList<>();
    ThemeBundler.Result result = ThemeBundler.bundle(ThemeFixtures.theme(theme), outDir.resolve("t.zip"),
        ThemeBundler.Options.DEFAULT, event -> {
          if (event.kind() == ProgressEvent.Kind.WARNING) {
            warnings.add(event.message());
          }
        });
    assertThat(BundleGoldenTest.entryNames(result.zip()))
        .doesNotContain("assets/js/theme.js.map", "assets/js/node_modules/", "node_modules/pkg/index.js")
        .contains("assets/js/theme.js");
    assertThat(warnings).anyMatch(w -> w.contains("assets/js/node_modules/"));
  }

  @Test
  void failsWhenTheZipIsOverTheLimit() {
    ThemeBundler.Options tiny = new ThemeBundler.Options(ThemeValidator.Options.DEFAULT, false, 10_000);
    assertThatThrownBy(() -> ThemeBundler.bundle(ThemeFixtures.theme(theme), outDir.resolve("big.zip"), tiny, ProgressListener.NONE))
        .isInstanceOf(StagingProException.class).hasMessageContaining("over the platform's limit of 10000 bytes");
    assertNothingLeftBehind();
  }

  @Test
  void failsWhenAParsedTemplateReachesOneMegabyte() {
    ThemeFixtures.write(theme, "templates/components/common/huge.html", "x".repeat(BundleContent.MAX_PARSED_TEMPLATE_CHARS));
    ThemeFixtures.replace(theme, "templates/components/common/footer.html", "</footer>", "{{> components/common/huge}}</footer>");
    assertFailsWith("templates/pages/home.html", "1 MB or more");
  }

  @Test
  void failsOnPartialCycles() {
    ThemeFixtures.replace(theme, "templates/components/products/price.html", "{{#if", "{{> components/products/card}}\n{{#if");
    assertFailsWith("templates/components/products/card.html:6:5", "cycle: components/products/card -> components/products/price -> components/products/card");
  }

  @Test
  void allowsAPartialThatIncludesItself() {
    ThemeFixtures.write(theme, "templates/components/common/tree.html", "{{#if children}}{{> components/common/tree children=children.children}}{{/if}}");
    ThemeFixtures.replace(theme, "templates/components/common/footer.html", "</footer>", "{{> components/common/tree}}</footer>");
    assertThat(bundle(outDir.resolve("ok.zip")).entries()).isPositive();
  }

  @Test
  void failsOnMissingPartialsWithTheirPosition() {
    ThemeFixtures.replace(theme, "templates/pages/page.html", "{{{region", "{{> components/not/there}}\n    {{{region");
    assertFailsWith("templates/pages/page.html:4:5", "partial 'components/not/there' not found");
  }

  @Test
  void failsOnAMissingDynamicComponentFolder() {
    ThemeFixtures.replace(theme, "templates/pages/product.html", "components/product-blocks", "components/nothing-here");
    assertFailsWith("templates/pages/product.html", "dynamicComponent folder 'templates/components/nothing-here' does not exist");
  }

  @Test
  void failsOnNonHtmlFilesUnderTemplates() {
    ThemeFixtures.write(theme, "templates/components/notes.txt", "not a template");
    assertFailsWith("templates/components/notes.txt", "only .html files may be under templates/");
  }

  @Test
  void failsWithoutAHomePage() {
    ThemeFixtures.delete(theme, "templates/pages/home.html");
    assertFailsWith("templates/pages/home.html", "home page template");
  }

  @Test
  void failsOnDuplicateVariationIds() {
    ThemeFixtures.replace(theme, "config.json", "\"id\": \"dark\"", "\"id\": \"light\"");
    assertFailsWith("config.json:57:7", "variation id 'light' is already used by variations[0]");
  }

  @Test
  void failsOnAVariationWithoutId() {
    ThemeFixtures.replace(theme, "config.json", "\"id\": \"dark\",", "");
    assertFailsWith("config.json:55:5", "config.variations[1] should have required property 'id'");
  }

  @Test
  void failsOnALangSubfolder() {
    ThemeFixtures.write(theme, "lang/extra/de.json", "{}");
    assertFailsWith("lang/extra", "lang/ may only hold files");
  }

  @Test
  void errorsAreReportedAsEventsWithFileAndLine() {
    ThemeFixtures.replace(theme, "templates/pages/page.html", "{{{region", "{{> components/not/there}}\n    {{{region");
    List<ProgressEvent> errors = new ArrayList<>();
    assertThatThrownBy(() -> ThemeBundler.bundle(ThemeFixtures.theme(theme), outDir.resolve("x.zip"), ThemeBundler.Options.DEFAULT,
        event -> {
          if (event.kind() == ProgressEvent.Kind.ERROR) {
            errors.add(event);
          }
        })).isInstanceOf(ThemeValidationException.class);
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("theme/templates/pages/page.html");
      assertThat(e.line()).isEqualTo(4);
    });
  }

  private void assertFailsWith(String location, String message) {
    assertThatThrownBy(() -> bundle(outDir.resolve("broken.zip")))
        .isInstanceOf(StagingProException.class)
        .satisfies(e -> assertThat(((StagingProException) e).exitCode()).isEqualTo(StagingProException.EXIT_BAD_INPUT))
        .hasMessageContaining("theme/" + location)
        .hasMessageContaining(message);
    assertNothingLeftBehind();
  }

  private void assertNothingLeftBehind() {
    try (Stream<Path> left = Files.list(outDir)) {
      assertThat(left).isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
