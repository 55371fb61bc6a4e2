package dev.stagingpro.core.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.entity.StoredRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkSpoolTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesComeBackInOrderWithTheirDestinationIdsAndWithdrawnOnesLeftOut(@TempDir Path dir) throws Exception {
    ObjectNode fields = (ObjectNode) JSON.readTree("{\"sku\":\"A\",\"price\":2}");
    ObjectNode before = (ObjectNode) JSON.readTree("{\"sku\":\"A\",\"price\":1}");
    ObjectNode ids = (ObjectNode) JSON.readTree("{\"variants\":{\"A-1\":12}}");
    Path folder = dir.resolve("work");
    try (WorkSpool spool = new WorkSpool(folder)) {
      spool.add(Entity.PRODUCTS, new WorkItem(ChangeClass.UPDATE, PortableRecord.of(Entity.PRODUCTS, "A", fields),
          Optional.of(new StoredRecord(new PortableRecord(Entity.PRODUCTS, "A", before, Optional.of(7L)), ids))));
      spool.add(Entity.PRODUCTS, new WorkItem(ChangeClass.CREATE, PortableRecord.of(Entity.PRODUCTS, "B", fields), Optional.empty()));
      spool.add(Entity.PRODUCTS, new WorkItem(ChangeClass.CREATE, PortableRecord.of(Entity.PRODUCTS, "C", fields), Optional.empty()));
      spool.withdraw(Entity.PRODUCTS, "B");

      var items = spool.read(Entity.PRODUCTS).toList();

      assertThat(items).extracting(WorkItem::key).containsExactly("A", "C");
      StoredRecord destination = items.get(0).destination().orElseThrow();
      assertThat(destination.id()).isEqualTo(7);
      assertThat(destination.partId("variants", "A-1")).isEqualTo(12);
      assertThat(destination.record().fields()).isEqualTo(before);
      assertThat(spool.read(Entity.BRANDS)).isEmpty();
    }
    assertThat(Files.exists(folder)).as("the spool removes its files").isFalse();
  }
}
