package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.event.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our bundle against the official Stencil CLI's (10.0.0, made by tools/regenerate-goldens.sh):
 * same entries, same parsed templates, manifest, lang, schema files and SCSS trees, compared as
 * data (the CLI's entry order, key order and timestamps vary between its own runs). The one
 * deliberate difference is parsed/stencilContext.json, which we do not generate (BundleContent).
 */
class BundleGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STENCIL_CONTEXT = "parsed/stencilContext.json";

  @TempDir Path out;

  @ParameterizedTest
  @CsvSource({"demo-store, ../examples/demo-store/theme", "edge, src/test/resources/golden/themes/edge"})
  void matchesTheOfficialCli(String golden, String themeDir) throws IOException {
    Path goldenDir = ThemeFixtures.GOLDEN.resolve("bundles").resolve(golden);
    Theme theme = ThemeFixtures.theme(ThemeFixtures.MODULE.resolve(themeDir).normalize());

    ThemeBundler.Result result = ThemeBundler.bundle(theme, out.resolve("b.zip"), ThemeBundler.Options.DEFAULT, ProgressListener.NONE);
    Map<String, byte[]> ours = unzip(result.zip());

    Set<String> expectedNames = new TreeSet<>(Files.readAllLines(goldenDir.resolve("entries.txt")));
    expectedNames.remove(STENCIL_CONTEXT);
    assertThat(new TreeSet<>(ours.keySet())).containsExactlyElementsOf(expectedNames);

    Path content = goldenDir.resolve("content");
    for (String name : expectedNames) {
      Path expectedFile = content.resolve(name);
      if (name.endsWith("/") || !Files.isRegularFile(expectedFile)) {
        continue;
      }
      byte[] expected = Files.readAllBytes(expectedFile);
      if (name.equals("manifest.json")) {
        assertSameManifest(ours.get(name), expected);
      } else if (isGenerated(name)) {
        assertThat(JSON.readTree(ours.get(name))).as(name).isEqualTo(JSON.readTree(expected));
        assertThat(new String(ours.get(name), StandardCharsets.UTF_8).length()).as(name + " length (same JSON layout)")
            .isEqualTo(new String(expected, StandardCharsets.UTF_8).length());
      } else {
        assertThat(new String(ours.get(name), StandardCharsets.ISO_8859_1)).as(name).isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
      }
    }
  }

  private static boolean isGenerated(String name) {
    return name.startsWith("parsed/") || name.equals("schema.json") || name.equals("schemaTranslations.json");
  }

  /** Templates compared as a set (the CLI lists them in walk order), regions page by page in order. */
  private static void assertSameManifest(byte[] ours, byte[] expected) throws IOException {
    JsonNode actual = JSON.readTree(ours);
    JsonNode wanted = JSON.readTree(expected);
    assertThat(names(actual.get("templates"))).isEqualTo(names(wanted.get("templates")));
    Map<String, JsonNode> actualRegions = new HashMap<>();
    actual.get("regions").fields().forEachRemaining(e -> actualRegions.put(e.getKey(), e.getValue()));
    Map<String, JsonNode> wantedRegions = new HashMap<>();
    wanted.get("regions").fields().forEachRemaining(e -> wantedRegions.put(e.getKey(), e.getValue()));
    assertThat(actualRegions).isEqualTo(wantedRegions);
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new HashSet<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static List<String> entryNames(Path zip) throws IOException {
    return List.copyOf(unzip(zip).keySet());
  }
}
