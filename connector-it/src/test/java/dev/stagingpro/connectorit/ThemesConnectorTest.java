package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.Themes;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.core.store.model.ThemeVariation;
import dev.stagingpro.sandbox.api.themes.SampleBundle;
import dev.stagingpro.sandbox.knobs.Fault;
import dev.stagingpro.sandbox.knobs.ThemeSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesConnectorTest {
  private final SandboxConnection sandbox = new SandboxConnection();
  private final StoreConnector connector = sandbox.connect();

  @TempDir Path dir;

  @AfterEach
  void close() {
    connector.close();
    sandbox.close();
    sandbox.assertRequestsFollowTheSpecs();
  }

  @Test
  void uploadsActivatesPerChannelAndDownloads() throws IOException {
    Themes themes = connector.themes();

    Themes.ThemeUpload upload = themes.upload(bundle("Harbor", "light", "dark"), "Harbor");

    assertThat(upload.job().isFinished()).isTrue();
    Theme harbor = themes.get(upload.themeUuid()).orElseThrow();
    assertThat(harbor.name()).isEqualTo("Harbor");
    ThemeVariation dark = harbor.variation("dark").orElseThrow();
    Channel outlet = connector.channels().create(Channel.storefront("outlet", "prelaunch"));

    themes.activate(dark.uuid(), outlet.id(), "original");

    assertThat(themes.activeTheme(outlet.id()).activeThemeUuid()).isEqualTo(harbor.uuid());
    assertThat(themes.activeTheme(1).activeThemeUuid()).isNotEqualTo(harbor.uuid());
    Path zip = themes.download(harbor.uuid(), "original", dir.resolve("download/harbor.zip"));
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.getEntry("config.json")).isNotNull();
    }
    assertThat(themes.list()).extracting(Theme::name).contains("Harbor");
  }

  @Test
  void anUploadWhoseAnswerWasLostIsFoundNotRepeated() throws IOException {
    sandbox.store().knobs().failNext("POST /v3/themes", Fault.COMMIT_THEN_DROP);

    Themes.ThemeUpload upload = connector.themes().upload(bundle("Lighthouse", "main"), "Lighthouse");

    assertThat(connector.themes().list()).filteredOn(t -> t.name().equals("Lighthouse")).singleElement()
        .satisfies(t -> assertThat(t.uuid()).isEqualTo(upload.themeUuid()));
    assertThat(sandbox.store().requestLog().count("POST /v3/themes")).isEqualTo(1);
  }

  @Test
  void anUploadLostWhileItsJobStillRunsWaitsForThatJob() throws IOException {
    sandbox.store().knobs().themes(ThemeSettings.DEFAULT.jobDurations(Duration.ofMillis(200), Duration.ofMillis(200)));
    sandbox.store().knobs().failNext("POST /v3/themes", Fault.COMMIT_THEN_502);

    Themes.ThemeUpload upload = connector.themes().upload(bundle("Tide", "main"), "Tide");

    assertThat(upload.themeUuid()).isNotNull();
    assertThat(connector.themes().list()).filteredOn(t -> t.name().equals("Tide")).hasSize(1);
  }

  @Test
  void theThemeLimitIsRecognisable() throws IOException {
    sandbox.store().knobs().themes(ThemeSettings.DEFAULT.customThemeLimit(1));
    connector.themes().upload(bundle("One", "main"), "One");

    assertThatThrownBy(() -> connector.themes().upload(bundle("Two", "main"), "Two"))
        .isInstanceOfSatisfying(StoreApiException.class, e -> assertThat(Themes.isThemeLimitReached(e)).isTrue());
  }

  @Test
  void aFailedJobReportsTheStoresErrorCodes() throws IOException {
    Path broken = dir.resolve("broken.zip");
    Files.write(broken, SampleBundle.named("Broken", "main").without("templates/pages/home.html").zip());

    assertThatThrownBy(() -> connector.themes().upload(broken, "Broken"))
        .isInstanceOf(StagingProException.class).hasMessageContaining("TR-600");
  }

  private Path bundle(String name, String... variations) throws IOException {
    Path zip = dir.resolve(name + ".zip");
    Files.write(zip, SampleBundle.named(name, variations).zip());
    return zip;
  }
}
