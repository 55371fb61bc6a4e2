package dev.stagingpro.core.theme;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the Stencil bundle zip of a theme: validates it, generates the CLI's entries, and writes
 * the zip reproducibly. Where the CLI only prints a problem and still exits 0, this fails and leaves
 * nothing behind: the zip is written to a temporary file next to the destination and moved into
 * place only when every check passed.
 */
public final class ThemeBundler {
  /** The platform's limit for an uploaded theme zip (50 MiB). */
  public static final long MAX_ZIP_BYTES = 50L * 1024 * 1024;

  /**
   * @param sourceMaps keep {@code assets/**}{@code /*.js.map} (left out by default, as by the CLI)
   */
  public record Options(ThemeValidator.Options validation, boolean sourceMaps, long maxZipBytes) {
    public static final Options DEFAULT = new Options(ThemeValidator.Options.DEFAULT, false, MAX_ZIP_BYTES);
  }

  /** The written bundle; {@code changed} is false when the destination already had these bytes. */
  public record Result(Path zip, String sha256, long bytes, long entries, boolean changed, List<ThemeProblem> warnings) {}

  private ThemeBundler() {}

  public static Result bundle(Theme theme, Path destination, Options options, ProgressListener listener) {
    List<ThemeProblem> problems = ThemeValidator.validate(theme, options.validation());
    List<ThemeProblem> warnings = new ArrayList<>();
    List<ThemeProblem> errors = new ArrayList<>();
    for (ThemeProblem problem : problems) {
      (problem.isError() ? errors : warnings).add(problem);
    }
    warnings.forEach(w -> listener.onEvent(new ProgressEvent(ProgressEvent.Kind.WARNING, w.describe(theme.displayPrefix()), 0, 0,
        theme.displayPrefix() + w.file(), w.line())));
    failOn(theme, errors, listener);
    listener.info("theme " + theme.displayPrefix() + " is valid (" + theme.templates().sources().size() + " templates)");

    BundleContent.Generated generated = BundleContent.generate(theme, message -> warn(theme, message, warnings, listener));
    if (!generated.oversizedTemplates().isEmpty()) {
      List<ThemeProblem> oversized = generated.oversizedTemplates().stream()
          .map(name -> ThemeProblem.error(TemplateCatalog.fileOf(name), 0, 0, "with every partial it includes, its parsed"
              + " template is 1 MB or more, which the platform rejects (TR-500); split it or include fewer partials"))
          .toList();
      failOn(theme, oversized, listener);
    }
    Set<String> files = BundleFileSelection.select(theme, options.sourceMaps(), message -> warn(theme, message, warnings, listener));
    Map<String, byte[]> generatedEntries = generated.entries();
    TreeMap<String, Boolean> names = new TreeMap<>();
    files.forEach(name -> names.put(name, false));
    generatedEntries.keySet().forEach(name -> names.put(name, true));
    return write(theme, destination, options, names, generatedEntries, warnings, listener);
  }

  private static Result write(Theme theme, Path destination, Options options, TreeMap<String, Boolean> names,
      Map<String, byte[]> generated, List<ThemeProblem> warnings, ProgressListener listener) {
    Path target = destination.toAbsolutePath().normalize();
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".partial");
      String sha256;
      long entries;
      try (OutputStream out = Files.newOutputStream(temporary); DeterministicZip zip = new DeterministicZip(out)) {
        long done = 0;
        for (Map.Entry<String, Boolean> name : names.entrySet()) {
          if (name.getKey().endsWith("/")) {
            zip.directory(name.getKey());
          } else if (name.getValue()) {
            zip.file(name.getKey(), generated.get(name.getKey()));
          } else {
            zip.file(name.getKey(), theme.files().read(name.getKey()).orElseThrow());
          }
          if (++done % 200 == 0) {
            listener.progress("zip", done, names.size());
          }
        }
        sha256 = zip.finish();
        entries = zip.entries();
      }
      long bytes = Files.size(temporary);
      if (bytes > options.maxZipBytes()) {
        throw StagingProException.badInput("the bundle of " + theme.displayPrefix() + " is " + bytes + " bytes, over the platform's"
            + " limit of " + options.maxZipBytes() + " bytes; make assets/ or meta/ smaller (large images, fonts, source maps)");
      }
      boolean changed = !(Files.isRegularFile(target) && sha256(target).equals(sha256));
      moveIntoPlace(temporary, target);
      temporary = null;
      listener.info("bundle " + target + ": " + entries + " entries, " + bytes + " bytes, sha256 " + sha256);
      return new Result(target, sha256, bytes, entries, changed, List.copyOf(warnings));
    } catch (IOException e) {
      throw StagingProException.failed("cannot write the bundle " + target + ": " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // Best effort: the failure being reported matters more.
        }
      }
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void failOn(Theme theme, List<ThemeProblem> errors, ProgressListener listener) {
    if (errors.isEmpty()) {
      return;
    }
    for (ThemeProblem error : errors) {
      listener.onEvent(ProgressEvent.error(error.describe(theme.displayPrefix()), theme.displayPrefix() + error.file(), error.line()));
    }
    throw new ThemeValidationException(theme.displayPrefix(), errors);
  }

  private static void warn(Theme theme, String message, List<ThemeProblem> warnings, ProgressListener listener) {
    warnings.add(ThemeProblem.warning("", 0, 0, message));
    listener.warn(theme.displayPrefix() + message);
  }

  /** The SHA-256 of a file, in lowercase hex. */
  public static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[65536];
        int read;
        while ((read = in.read(buffer)) > 0) {
          digest.update(buffer, 0, read);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
