package dev.stagingpro.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven filtered into the jar, so {@code --version} always matches the build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/stagingpro-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"stagingpro " + properties.getProperty("version", "unknown")};
  }
}
