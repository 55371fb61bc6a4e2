package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and peak heap to bundle a Cornerstone-sized theme (validation, SCSS compile of three
 * variations, generation, zip). The first run is in a fresh JVM (cold); the median of the next
 * runs is the warm figure. Prints figures; run with -Dgroups=benchmark -DexcludedGroups=none.
 */
@Tag("benchmark")
class BundleBenchmarkTest {
  private static final int WARM_RUNS = 8;

  @TempDir Path temp;

  @Test
  void bundleACornerstoneSizedTheme() throws IOException {
    Path themeDir = CornerstoneShapedTheme.write(temp.resolve("theme"));
    long files;
    try (Stream<Path> walk = Files.walk(themeDir)) {
      files = walk.filter(Files::isRegularFile).count();
    }

    Measurement cold = measure(themeDir, temp.resolve("cold.zip"));
    List<Measurement> warm = new ArrayList<>();
    for (int i = 0; i < WARM_RUNS; i++) {
      warm.add(measure(themeDir, temp.resolve("warm" + i + ".zip")));
    }
    List<Long> millis = new ArrayList<>(warm.stream().map(Measurement::millis).toList());
    Collections.sort(millis);
    long peak = warm.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0);
    ThemeBundler.Result result = cold.result();

    System.out.printf("BENCHMARK bundle (Cornerstone-shaped): %d source files, %d templates, zip %d entries, %,d bytes%n",
        files, ThemeFixtures.theme(themeDir).templates().sources().size(), result.entries(), result.bytes());
    System.out.printf("BENCHMARK cold (first in fresh JVM): %d ms, peak heap %d MB%n", cold.millis(), cold.peakHeapBytes() >> 20);
    System.out.printf("BENCHMARK warm: median %d ms, min %d ms, max %d ms over %d runs, peak heap %d MB%n",
        millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), WARM_RUNS, peak >> 20);
    assertThat(warm).allMatch(m -> m.result().sha256().equals(result.sha256()));
    long validateStart = System.nanoTime();
    ThemeValidator.validate(ThemeFixtures.theme(themeDir), ThemeValidator.Options.DEFAULT);
    long validateMillis = (System.nanoTime() - validateStart) / 1_000_000;
    long noScssStart = System.nanoTime();
    ThemeValidator.validate(ThemeFixtures.theme(themeDir), new ThemeValidator.Options(false, false));
    System.out.printf("BENCHMARK of which validation (warm): %d ms, without SCSS compile: %d ms%n", validateMillis,
        (System.nanoTime() - noScssStart) / 1_000_000);
  }

  private record Measurement(long millis, long peakHeapBytes, ThemeBundler.Result result) {}

  private static Measurement measure(Path themeDir, Path out) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    ThemeBundler.Result result = ThemeBundler.bundle(ThemeFixtures.theme(themeDir), out, ThemeBundler.Options.DEFAULT, ProgressListener.NONE);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Measurement(millis, peak, result);
  }
}
