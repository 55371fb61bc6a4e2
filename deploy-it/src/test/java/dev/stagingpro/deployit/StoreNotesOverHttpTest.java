package dev.stagingpro.deployit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.history.HistoryLog;
import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.StoreNotes;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.sandbox.ApiAccount;
import dev.stagingpro.sandbox.ManualClock;
import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.StoreSpec;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Store notes on real store metafields: two API accounts (say Jenkins and the Action) share them. */
class StoreNotesOverHttpTest {
  private final ManualClock clock = ManualClock.at("2026-03-10T09:00:00Z");
  private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().clock(clock));
  private final SandboxStore sandbox = server.createStore(StoreSpec.named("staging"));

  @AfterEach
  void stop() {
    server.close();
  }

  private StoreConnector connect(ApiAccount account) {
    return StoreConnectors.connect(new dev.stagingpro.core.store.StoreEndpoint("staging", sandbox.apiUrl(), sandbox.hash(),
        account.token()), ConnectorOptions.defaults().withTime(clock, d -> clock.advance(d), new java.util.Random(1)));
  }

  @Test
  void everyAccountReadsUpdatesAndDeletesTheOthersNotes() {
    ApiAccount second = sandbox.addAccount("jenkins");
    try (StoreConnector action = connect(sandbox.account()); StoreConnector jenkins = connect(second)) {
      StoreNotes byAction = MetafieldStoreNotes.onStore(action.metafields());
      StoreNotes byJenkins = MetafieldStoreNotes.onStore(jenkins.metafields());

      StoreNotes.Note note = byAction.create("history.deployment.1", "{\"a\":1}");
      assertThat(byJenkins.list("history.")).singleElement()
          .satisfies(n -> assertThat(n.owner()).isEqualTo(sandbox.account().clientId()));

      byJenkins.update(note, "{\"a\":2}");
      assertThat(byAction.list("history.deployment.")).extracting(StoreNotes.Note::value).containsExactly("{\"a\":2}");

      byJenkins.delete(note);
      byJenkins.delete(note); // deleting what is already gone is not an error
      assertThat(byAction.list("")).isEmpty();
    }
  }

  @Test
  void channelNotesStayOnTheirChannel() {
    try (StoreConnector store = connect(sandbox.account())) {
      MetafieldStoreNotes.onChannel(store.metafields(), 1).create("preview.1", "x");

      assertThat(MetafieldStoreNotes.onChannel(store.metafields(), 1).list("preview.")).hasSize(1);
      assertThat(MetafieldStoreNotes.onStore(store.metafields()).list("preview.")).isEmpty();
    }
  }

  @Test
  void historyFromTwoAccountsRollsOffTheOldest() {
    record Entry(String by, int n) {}
    ApiAccount second = sandbox.addAccount("jenkins");
    try (StoreConnector action = connect(sandbox.account()); StoreConnector jenkins = connect(second)) {
      HistoryLog<Entry> fromAction = new HistoryLog<>(MetafieldStoreNotes.onStore(action.metafields()), "deployment", Entry.class, 3);
      HistoryLog<Entry> fromJenkins = new HistoryLog<>(MetafieldStoreNotes.onStore(jenkins.metafields()), "deployment", Entry.class, 3);
      Instant t = Instant.parse("2026-03-10T09:00:00Z");
      for (int i = 1; i <= 5; i++) {
        (i % 2 == 0 ? fromJenkins : fromAction).append(t.plusSeconds(i), "run" + i, new Entry(i % 2 == 0 ? "jenkins" : "action", i));
      }

      assertThat(fromAction.list()).extracting(Entry::n).containsExactly(3, 4, 5);
      assertThat(fromJenkins.list()).extracting(Entry::by).containsExactly("action", "jenkins", "action");
    }
  }
}
