package dev.stagingpro.deployit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.history.HistoryEntry;
import dev.stagingpro.core.history.HistoryListing;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code history} and {@code rollback} on a sandbox store over HTTP. */
class HistoryAndRollbackTest extends FixtureTest {
  private String first;
  private String second;
  private RevCommit firstCommit;

  @BeforeEach
  void twoDeployments() throws Exception {
    firstCommit = fixture.git.log().call().iterator().next();
    first = deploy().outputs().get("theme-id");
    fixture.clock.advance(java.time.Duration.ofMinutes(5));
    fixture.changeTheme("second");
    second = deploy().outputs().get("theme-id");
    fixture.clock.advance(java.time.Duration.ofMinutes(5));
  }

  private OperationResult deploy() {
    return fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging"));
  }

  private HistoryListing history() {
    return (HistoryListing) fixture.run(OperationRequest.builder(Operation.HISTORY).environment("staging")).data();
  }

  private String shown() {
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      return store.themes().activeTheme(1).activeThemeUuid();
    }
  }

  @Test
  void historyListsDeploymentsNewestFirstWithWhoAndWhat() {
    HistoryListing listing = history();

    assertThat(listing.entries()).extracting(HistoryEntry::number).containsExactly(1, 2);
    assertThat(listing.entries()).extracting(HistoryEntry::kind).containsOnly("deployment");
    assertThat(listing.entries().get(0).summary()).contains(second);
    assertThat(listing.entries().get(1).summary()).contains(first).contains("commit " + firstCommit.getName().substring(0, 7));
  }

  @Test
  void rollbackReactivatesThePreviousThemeWithoutUploading() {
    long uploads = fixture.requests(fixture.staging, "POST /v3/themes");

    OperationResult result = fixture.run(OperationRequest.builder(Operation.ROLLBACK).environment("staging"));

    assertThat(result.outputs()).containsEntry("theme-id", first);
    assertThat(result.lines().get(0)).startsWith("Rolled staging back to entry #2");
    assertThat(shown()).isEqualTo(first);
    assertThat(fixture.requests(fixture.staging, "POST /v3/themes")).isEqualTo(uploads);
    assertThat(history().entries().get(0).summary()).startsWith("rollback of Demo Store (" + first + ")");
  }

  @Test
  void rollbackRebuildsAThemeTheStoreNoLongerHasFromItsCommit() {
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      store.themes().delete(first);
    }

    OperationResult result = fixture.run(OperationRequest.builder(Operation.ROLLBACK).environment("staging").historyEntry(2));

    String rebuilt = result.outputs().get("theme-id");
    assertThat(rebuilt).isNotIn(first, second);
    assertThat(result.lines()).anyMatch(l -> l.contains("rebuilding it from commit " + firstCommit.getName()));
    assertThat(shown()).isEqualTo(rebuilt);
    // the bundle is reproducible: the rebuilt one is the one deployed then
    assertThat(fixture.messages(dev.stagingpro.core.event.ProgressEvent.Kind.WARNING)).noneMatch(m -> m.contains("rebuilt bundle differs"));
  }

  @Test
  void rollbackToAnEntryThatIsNotThereIsBadInput() {
    assertThatThrownBy(() -> fixture.run(OperationRequest.builder(Operation.ROLLBACK).environment("staging").historyEntry(9)))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("has 2 entries");
  }
}
