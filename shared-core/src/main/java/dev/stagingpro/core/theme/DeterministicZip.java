package dev.stagingpro.core.theme;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes zip entries so that the same content always gives the same bytes: the caller adds entries
 * in sorted order, every entry carries the same fixed time (as local DOS time, so the machine's
 * time zone does not matter) and no extra fields, and the SHA-256 of the bytes is computed while
 * writing. Already-compressed formats are deflated at the fastest level, which saves time and
 * costs almost nothing in size.
 */
final class DeterministicZip implements AutoCloseable {
  static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0, 0);
  private static final Set<String> COMPRESSED = Set.of("png", "jpg", "jpeg", "gif", "webp", "woff", "woff2", "zip", "gz", "mp4", "ico");

  private final DigestOutputStream digest;
  private final ZipOutputStream zip;
  private long entries;

  DeterministicZip(OutputStream out) {
    try {
      this.digest = new DigestOutputStream(out, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    this.zip = new ZipOutputStream(digest, StandardCharsets.UTF_8);
  }

  void directory(String name) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED_TIME);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(0);
    entry.setCompressedSize(0);
    entry.setCrc(new CRC32().getValue());
    zip.putNextEntry(entry);
    zip.closeEntry();
    entries++;
  }

  void file(String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED_TIME);
    entry.setMethod(ZipEntry.DEFLATED);
    zip.setLevel(isCompressed(name) ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
    entries++;
  }

  long entries() {
    return entries;
  }

  /** Finishes the archive and returns the hex SHA-256 of all bytes written. */
  String finish() throws IOException {
    zip.finish();
    zip.flush();
    return HexFormat.of().formatHex(digest.getMessageDigest().digest());
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static boolean isCompressed(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && COMPRESSED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
