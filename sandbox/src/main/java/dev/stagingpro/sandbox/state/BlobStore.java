package dev.stagingpro.sandbox.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Large binary content (theme bundles) kept beside the records: on disk when persistent. */
public final class BlobStore {
  private final Path dir;
  private final Map<String, byte[]> memory = new ConcurrentHashMap<>();

  BlobStore(Path dir) {
    this.dir = dir;
  }

  public void put(String name, byte[] content) {
    if (dir == null) {
      memory.put(name, content);
      return;
    }
    try {
      AtomicFiles.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<byte[]> get(String name) {
    if (dir == null) {
      return Optional.ofNullable(memory.get(name));
    }
    Path file = dir.resolve(name);
    try {
      return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String name) {
    memory.remove(name);
    if (dir != null) {
      try {
        Files.deleteIfExists(dir.resolve(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
