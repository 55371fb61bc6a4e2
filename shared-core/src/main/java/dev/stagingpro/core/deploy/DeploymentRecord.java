package dev.stagingpro.core.deploy;

import dev.stagingpro.core.history.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One deployment as recorded in the destination store's history (a store note, readable by every
 * API account): where it went, which theme and variation, from which commit and bundle, who ran
 * it from which CI run, when, and how it ended. {@code uploaded} says whether this run uploaded
 * the theme (false when it reused the recorded one); themes some record says were uploaded are the
 * only ones StagingPro ever deletes to make room.
 *
 * @param operation {@code deploy}, {@code rollback} or {@code theme copy}
 * @param themeTree the Git tree id of the theme folder at {@code commit}, for change detection
 * @param result {@value #SUCCESS} or {@value #FAILURE}
 */
public record DeploymentRecord(
    String kind,
    String operation,
    String environment,
    List<Integer> channels,
    Optional<String> themeUuid,
    Optional<String> themeName,
    Optional<String> variation,
    Optional<String> variationUuid,
    Optional<String> commit,
    Optional<String> themeTree,
    Optional<String> bundleChecksum,
    boolean uploaded,
    Optional<String> ciActor,
    Optional<String> ciRunUrl,
    String runId,
    Instant at,
    String result,
    Optional<String> message) {
  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";

  public DeploymentRecord {
    kind = HistoryEntry.DEPLOYMENT;
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  public boolean succeeded() {
    return SUCCESS.equals(result);
  }

  /** One line for people, e.g. "deploy of Cornerstone (uuid) variation Light, commit 1a2b3c4, channels 1, 2". */
  public String summary() {
    StringBuilder text = new StringBuilder(operation);
    themeName.or(() -> themeUuid).ifPresent(name -> text.append(" of ").append(name));
    themeUuid.filter(uuid -> themeName.isPresent()).ifPresent(uuid -> text.append(" (").append(uuid).append(')'));
    variation.ifPresent(v -> text.append(", variation ").append(v));
    commit.ifPresent(c -> text.append(", commit ").append(c, 0, Math.min(7, c.length())));
    if (!channels.isEmpty()) {
      text.append(", channel").append(channels.size() == 1 ? " " : "s ")
          .append(String.join(", ", channels.stream().map(String::valueOf).toList()));
    }
    if (!uploaded && succeeded()) {
      text.append(" (theme already on the store, not uploaded)");
    }
    message.filter(m -> !succeeded()).ifPresent(m -> text.append(": ").append(m));
    return text.toString();
  }

  HistoryEntry toEntry() {
    return HistoryEntry.of(kind, at, environment, result, summary(), Optional.of(runId), ciActor, this);
  }
}
