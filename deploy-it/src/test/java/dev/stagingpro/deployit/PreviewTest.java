package dev.stagingpro.deployit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.sandbox.StoreSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull-request previews on prelaunch storefront channels of a sandbox store, over HTTP. */
class PreviewTest {
  @TempDir Path dir;
  private DeployFixture fixture;

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private OperationResult preview(int pr) {
    fixture.clock.advance(Duration.ofMinutes(1));
    return fixture.run(OperationRequest.builder(Operation.PREVIEW).pullRequest(pr));
  }

  private OperationResult cleanup(int pr) {
    return fixture.run(OperationRequest.builder(Operation.PREVIEW_CLEANUP).pullRequest(pr));
  }

  private List<Channel> channels(StoreConnector store) {
    try (var all = store.channels().list(ListQuery.all())) {
      return all.toList();
    }
  }

  @Test
  void pullRequestsTakeOwnFreeNewAndLeastRecentlyUsedChannelsOfThePool() {
    fixture = new DeployFixture(dir, StoreSpec.named("staging").storefronts(3));
    String live;
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      live = store.themes().activeTheme(1).activeThemeUuid();
    }

    OperationResult one = preview(1);
    OperationResult two = preview(2);

    try (StoreConnector store = fixture.connect(fixture.staging)) {
      List<Channel> pool = channels(store).stream().filter(c -> c.name().startsWith("stagingpro-preview-")).toList();
      assertThat(pool).extracting(Channel::status).containsOnly("prelaunch");
      assertThat(pool).hasSize(2);
      int channelOfOne = pool.get(0).id();
      assertThat(store.themes().activeTheme(channelOfOne).activeThemeUuid()).isEqualTo(one.outputs().get("theme-id"));
      assertThat(store.channels().site(channelOfOne).orElseThrow().url()).isEqualTo(one.outputs().get("preview-url"));
      assertThat(store.themes().activeTheme(1).activeThemeUuid()).isEqualTo(live);
    }
    assertThat(one.outputs().get("preview-url")).startsWith("https://");
    assertThat(two.outputs().get("preview-url")).isNotEqualTo(one.outputs().get("preview-url"));

    // the pool (2) is full: PR 3 takes PR 1's channel, used least recently, and PR 1's theme goes
    OperationResult three = preview(3);
    assertThat(three.outputs().get("preview-url")).isEqualTo(one.outputs().get("preview-url"));
    assertThat(fixture.messages(ProgressEvent.Kind.WARNING)).anyMatch(m -> m.contains("from PR #1, its least recently used"));
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      assertThat(store.themes().list()).extracting(Theme::uuid).doesNotContain(one.outputs().get("theme-id"));
    }

    // PR 2 again with the same bundle keeps its channel and theme
    long uploads = fixture.requests(fixture.staging, "POST /v3/themes");
    OperationResult twoAgain = preview(2);
    assertThat(twoAgain.outputs()).containsEntry("theme-id", two.outputs().get("theme-id"))
        .containsEntry("preview-url", two.outputs().get("preview-url"));
    assertThat(fixture.requests(fixture.staging, "POST /v3/themes")).isEqualTo(uploads);

    // cleanup frees the channel, shows the live theme there and deletes the PR's theme
    OperationResult cleaned = cleanup(2);
    assertThat(cleaned.lines().get(0)).startsWith("Freed preview channel");
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      assertThat(store.themes().list()).extracting(Theme::uuid).doesNotContain(two.outputs().get("theme-id"));
    }
    assertThat(cleanup(2).lines().get(0)).contains("holds no preview channel");

    // the freed channel is taken before a new one would be
    OperationResult four = preview(4);
    assertThat(four.outputs().get("preview-url")).isEqualTo(two.outputs().get("preview-url"));
  }

  @Test
  void withoutMultiStorefrontThePreviewSaysWhy() {
    fixture = new DeployFixture(dir, StoreSpec.named("staging").singleStorefront());

    assertThatThrownBy(() -> preview(1)).hasMessageContaining("has multi-storefront turned off");
    assertThat(fixture.staging.requestLog().records(r -> !"GET".equals(r.method()))).isEmpty();
  }

  @Test
  void withoutRoomForAStorefrontAndNoPoolThePreviewSaysWhy() {
    fixture = new DeployFixture(dir, StoreSpec.named("staging").storefronts(1));

    assertThatThrownBy(() -> preview(1))
        .hasMessageContaining("has no room for another storefront (1 of 1 storefronts in use (storefront_limits))");
  }
}
