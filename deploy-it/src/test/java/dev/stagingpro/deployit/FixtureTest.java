package dev.stagingpro.deployit;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link DeployFixture} (repository, sandbox stores, clock) for each test. */
abstract class FixtureTest {
  @TempDir Path dir;
  DeployFixture fixture;

  @BeforeEach
  void startFixture() {
    fixture = new DeployFixture(dir);
  }

  @AfterEach
  void stopFixture() {
    fixture.close();
  }
}
