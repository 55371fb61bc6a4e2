package dev.stagingpro.core.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.StoreNotes;
import dev.stagingpro.core.json.JsonMappers;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Channel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The prelaunch storefront channels StagingPro keeps for pull-request previews (named {@value
 * #NAME_PREFIX}N) and their claims. A claim is a channel note with a key that sorts by time; the
 * newest claim wins, and older ones are removed where the store lets us.
 */
final class PreviewPool {
  static final String NAME_PREFIX = "stagingpro-preview-";
  private static final String KEY_PREFIX = PreviewClaim.NOTE_KEY + ".";
  private static final ObjectMapper JSON = JsonMappers.standard();

  private final StoreConnector store;

  PreviewPool(StoreConnector store) {
    this.store = store;
  }

  /** The pool's channels as they are now, with their latest claims. */
  List<PreviewSlot> slots() {
    return StorefrontChannels.live(store).stream()
        .filter(c -> c.name() != null && c.name().startsWith(NAME_PREFIX))
        .map(c -> new PreviewSlot(c.id(), c.name(), latestClaim(c.id()).flatMap(PreviewPool::read)))
        .sorted(Comparator.comparingInt(PreviewSlot::channelId))
        .toList();
  }

  /** Themes that pool channels hold for pull requests (StagingPro uploaded them). */
  Set<String> claimedThemes() {
    return slots().stream().map(PreviewSlot::claim).flatMap(Optional::stream).map(PreviewClaim::themeUuid)
        .flatMap(Optional::stream).collect(Collectors.toSet());
  }

  /**
   * Records the claim as the channel's newest (its key sorts after every claim there, even one
   * written in the same millisecond), then removes the older claims.
   */
  void claim(int channelId, PreviewClaim claim, String runId) {
    StoreNotes notes = MetafieldStoreNotes.onChannel(store.metafields(), channelId);
    long after = notes.list(KEY_PREFIX).stream().mapToLong(PreviewPool::millisOf).max().orElse(Long.MIN_VALUE);
    long millis = Math.max(claim.at().toEpochMilli(), after + 1);
    StoreNotes.Note written = notes.create(KEY_PREFIX + String.format("%015d", millis) + "." + runId, write(claim));
    for (StoreNotes.Note older : notes.list(KEY_PREFIX)) {
      if (older.key().compareTo(written.key()) < 0) {
        try {
          notes.delete(older);
        } catch (StagingProException e) {
          // Another account's claim the store will not let us remove: the newer claim still wins.
        }
      }
    }
  }

  /** The first free pool name, e.g. stagingpro-preview-3. */
  static String nextName(List<Channel> existing) {
    Set<String> taken = existing.stream().map(Channel::name).collect(Collectors.toCollection(TreeSet::new));
    int n = 1;
    while (taken.contains(NAME_PREFIX + n)) {
      n++;
    }
    return NAME_PREFIX + n;
  }

  private static long millisOf(StoreNotes.Note note) {
    String rest = note.key().substring(KEY_PREFIX.length());
    int dot = rest.indexOf('.');
    try {
      return Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  private Optional<StoreNotes.Note> latestClaim(int channelId) {
    return MetafieldStoreNotes.onChannel(store.metafields(), channelId).list(KEY_PREFIX).stream()
        .max(Comparator.comparing(StoreNotes.Note::key));
  }

  private static String write(PreviewClaim claim) {
    try {
      return JSON.writeValueAsString(claim);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A damaged claim counts as no claim, so the channel can be reused. */
  private static Optional<PreviewClaim> read(StoreNotes.Note note) {
    try {
      return Optional.of(JSON.readValue(note.value(), PreviewClaim.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
