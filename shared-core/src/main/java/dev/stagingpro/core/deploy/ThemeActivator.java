package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.ActiveTheme;
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.core.store.model.ThemeVariation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Activates a theme's variation (chosen by name) on channels and checks afterwards that each
 * channel shows it. A 504 on activation is a timeout, not a refusal, so the check decides.
 */
final class ThemeActivator {
  /** Applies the bundle's own settings: what a freshly uploaded theme needs. */
  static final String ORIGINAL = "original";
  /** Keeps the settings the theme last had: what re-activating an earlier theme needs. */
  static final String LAST_ACTIVATED = "last_activated";

  /** What was activated where. */
  record Activation(String themeUuid, String themeName, String variationName, String variationUuid, List<Integer> channels) {}

  private final StoreConnector store;
  private final ProgressListener listener;

  ThemeActivator(StoreConnector store, ProgressListener listener) {
    this.store = store;
    this.listener = listener;
  }

  /** The environment's channels, else the theme's, else the store's default channel. */
  static List<Integer> channels(EnvironmentSpec environment, Optional<ThemeSpec> theme, StoreConnector store) {
    if (!environment.channels().isEmpty()) {
      return environment.channels();
    }
    if (theme.isPresent() && !theme.get().channels().isEmpty()) {
      return theme.get().channels();
    }
    Integer fallback = store.storeInfo().defaultChannelId();
    return List.of(fallback == null ? 1 : fallback);
  }

  Activation activate(String themeUuid, Optional<String> variationName, List<Integer> channels, String which) {
    Theme theme = store.themes().get(themeUuid).orElseThrow(() -> StagingProException.failed(
        "Theme " + themeUuid + " is not on store '" + store.environment() + "' (any more)"));
    ThemeVariation variation = variation(theme, variationName);
    for (int channel : channels) {
      Optional<ActiveTheme> before = StorefrontChannels.activeTheme(store, channel);
      if (before.filter(ActiveTheme::hasUnpublishedChanges).filter(b -> !themeUuid.equals(b.activeThemeUuid())).isPresent()) {
        listener.warn("Channel " + channel + " on '" + store.environment() + "' has unpublished theme-editor changes;"
            + " activating '" + theme.name() + "' replaces the theme they were made on");
      }
      try {
        store.themes().activate(variation.uuid(), channel, which);
      } catch (StoreApiException e) {
        if (e.status() != 504) {
          throw e;
        }
        listener.warn("Activation on channel " + channel + " timed out (504); checking what the channel shows");
      }
      String shown = StorefrontChannels.shownOn(store, channel).orElse(null);
      if (!themeUuid.equals(shown)) {
        throw StagingProException.failed("After activating '" + theme.name() + "' (" + themeUuid + ") on channel " + channel
            + " of '" + store.environment() + "', the channel shows theme " + Objects.toString(shown, "none")
            + "; activate it in the control panel or run again");
      }
      listener.info("Channel " + channel + " shows '" + theme.name() + "' variation '" + variation.name() + "'");
    }
    return new Activation(themeUuid, theme.name(), variation.name(), variation.uuid(), List.copyOf(channels));
  }

  private ThemeVariation variation(Theme theme, Optional<String> wanted) {
    List<ThemeVariation> all = theme.variations() == null ? List.of() : theme.variations();
    if (all.isEmpty()) {
      throw StagingProException.failed("Theme '" + theme.name() + "' (" + theme.uuid() + ") on '" + store.environment()
          + "' has no variations to activate");
    }
    if (wanted.isEmpty()) {
      return all.get(0);
    }
    return theme.variation(wanted.get()).orElseThrow(() -> StagingProException.badInput("Theme '" + theme.name()
        + "' has no variation named '" + wanted.get() + "' (theme.variation in stagingpro.yml); its variations: "
        + all.stream().map(ThemeVariation::name).collect(Collectors.joining(", "))));
  }
}
