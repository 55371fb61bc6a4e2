package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {
  @Test
  void linesReadBackInOrderWithTheOverwrittenRecord(@TempDir Path state) throws Exception {
    ObjectNode before = (ObjectNode) new ObjectMapper().readTree("{\"sku\":\"A\",\"price\":1}");
    try (RunJournal journal = RunJournal.start(state, "run-1")) {
      journal.before(Entity.PRODUCTS, "A", ChangeClass.UPDATE, Optional.of(before));
      journal.done(Entity.PRODUCTS, "A", ChangeClass.UPDATE, Optional.of(7L));
      journal.before(Entity.PRODUCTS, "B", ChangeClass.CREATE, Optional.empty());
      journal.failed(Entity.PRODUCTS, "B", ChangeClass.CREATE, "422 sku: duplicate");
    }

    var lines = RunJournal.read(state, "run-1");

    assertThat(lines).extracting(RunJournal.Line::step)
        .containsExactly(RunJournal.Step.BEFORE, RunJournal.Step.DONE, RunJournal.Step.BEFORE, RunJournal.Step.FAILED);
    assertThat(lines.get(0).before()).contains(before);
    assertThat(lines.get(1).storeId()).contains(7L);
    assertThat(lines.get(3).message()).contains("422 sku: duplicate");
  }

  @Test
  void aTornLastLineFromAKilledRunIsSkipped(@TempDir Path state) throws Exception {
    try (RunJournal journal = RunJournal.start(state, "run-2")) {
      journal.before(Entity.BRANDS, "Acme", ChangeClass.CREATE, Optional.empty());
    }
    Files.writeString(state.resolve("runs/run-2/journal.jsonl"), "{\"step\":\"DONE\",\"ent", StandardOpenOption.APPEND);

    assertThat(RunJournal.read(state, "run-2")).hasSize(1);
  }

  @Test
  void anUnknownRunIsBadInputSayingWhereRunsAreKept(@TempDir Path state) {
    assertThatThrownBy(() -> RunJournal.read(state, "nope")).isInstanceOf(StagingProException.class)
        .hasMessageContaining("no run 'nope'").hasMessageContaining("runs");
  }

  @Test
  void runIdsSortByTime() {
    String early = RunJournal.newRunId(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    String late = RunJournal.newRunId(Clock.fixed(Instant.parse("2026-11-21T10:00:01Z"), ZoneOffset.UTC));
    assertThat(early).startsWith("20261121-100000-");
    assertThat(early.compareTo(late)).isNegative();
  }
}
