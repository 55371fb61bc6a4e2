package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Theme Marketplace images under {@code meta/}: the composed image and each variation's desktop and
 * mobile screenshots must exist, be JPEG/PNG/GIF, have the exact size the Marketplace shows and
 * stay under its byte limits.
 */
final class MetaImageRules {
  private record Kind(String label, int width, int height, long maxBytes) {}

  private static final Kind COMPOSED = new Kind("meta.composed_image", 600, 760, 2L * 1024 * 1024);
  private static final Kind DESKTOP = new Kind("desktop_screenshot", 2048, 2600, 5L * 1024 * 1024);
  private static final Kind MOBILE = new Kind("mobile_screenshot", 304, 540, 1024 * 1024);
  private static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif");

  private MetaImageRules() {}

  static void check(Theme theme, JsonDocument config, List<ThemeProblem> problems) {
    JsonNode root = config.root();
    checkImage(theme, config, "/meta/composed_image", root.path("meta").path("composed_image"), COMPOSED, problems);
    JsonNode variations = root.path("variations");
    for (int i = 0; i < variations.size(); i++) {
      JsonNode meta = variations.get(i).path("meta");
      checkImage(theme, config, "/variations/" + i + "/meta/desktop_screenshot", meta.path("desktop_screenshot"), DESKTOP, problems);
      checkImage(theme, config, "/variations/" + i + "/meta/mobile_screenshot", meta.path("mobile_screenshot"), MOBILE, problems);
    }
  }

  private static void checkImage(Theme theme, JsonDocument config, String pointer, JsonNode name, Kind kind, List<ThemeProblem> problems) {
    if (!name.isTextual()) {
      return;
    }
    JsonDocument.Position at = config.position(pointer);
    String path = PosixPaths.join(Theme.META, name.textValue());
    String lower = path.toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      problems.add(ThemeProblem.error(Theme.CONFIG, at, kind.label() + " '" + name.textValue() + "' must be a .jpg, .jpeg, .png or .gif file"));
      return;
    }
    Optional<byte[]> bytes = PosixPaths.escapes(path) ? Optional.empty() : theme.files().read(path);
    if (bytes.isEmpty()) {
      problems.add(ThemeProblem.error(Theme.CONFIG, at, kind.label() + " '" + name.textValue() + "' does not exist: add " + path));
      return;
    }
    if (bytes.get().length > kind.maxBytes()) {
      problems.add(ThemeProblem.error(path, 0, 0, "is " + bytes.get().length + " bytes; a " + kind.label() + " may have at most " + kind.maxBytes()));
    }
    int[] size = dimensions(bytes.get());
    if (size == null) {
      problems.add(ThemeProblem.error(path, 0, 0, "is not a readable image"));
    } else if (size[0] != kind.width() || size[1] != kind.height()) {
      problems.add(ThemeProblem.error(path, 0, 0, "is " + size[0] + "x" + size[1] + " pixels; a " + kind.label() + " must be "
          + kind.width() + "x" + kind.height()));
    }
  }

  /** Width and height from the image header, without decoding the pixels. */
  static int[] dimensions(byte[] image) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      return null;
    }
  }
}
