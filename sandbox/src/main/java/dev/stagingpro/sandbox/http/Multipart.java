package dev.stagingpro.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A minimal multipart/form-data reader: the parts of a request body by field name. */
public final class Multipart {
  /** One part: its field name, file name (may be null) and content. */
  public record Part(String name, String fileName, byte[] content) {}

  private Multipart() {}

  /** The parts, or 422 when the content type is not multipart/form-data or the body is malformed. */
  public static Map<String, Part> parse(String contentType, byte[] body) {
    String boundary = boundary(contentType);
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, Part> parts = new LinkedHashMap<>();
    int start = indexOf(body, delimiter, 0);
    if (start < 0) {
      throw malformed();
    }
    while (true) {
      int headerStart = start + delimiter.length;
      if (headerStart + 1 < body.length && body[headerStart] == '-' && body[headerStart + 1] == '-') {
        return parts; // closing delimiter
      }
      headerStart += 2; // CRLF after the delimiter
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
      int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headerEnd < 0 ? 0 : headerEnd);
      if (headerEnd < 0 || next < 0) {
        throw malformed();
      }
      String headers = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
      byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, next);
      String name = attribute(headers, "name");
      if (name != null) {
        parts.put(name, new Part(name, attribute(headers, "filename"), content));
      }
      start = next + 2;
    }
  }

  private static String boundary(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw ApiException.unprocessable("Content-Type", "The upload must be sent as multipart/form-data");
    }
    for (String piece : contentType.split(";")) {
      String trimmed = piece.trim();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        return trimmed.substring("boundary=".length()).replace("\"", "");
      }
    }
    throw ApiException.unprocessable("Content-Type", "The multipart Content-Type has no boundary");
  }

  private static String attribute(String headers, String key) {
    for (String line : headers.split("\r\n")) {
      if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        continue;
      }
      for (String piece : line.split(";")) {
        String trimmed = piece.trim();
        if (trimmed.startsWith(key + "=")) {
          return trimmed.substring(key.length() + 1).replace("\"", "");
        }
      }
    }
    return null;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static ApiException malformed() {
    return ApiException.unprocessable("file", "The multipart body is malformed");
  }
}
