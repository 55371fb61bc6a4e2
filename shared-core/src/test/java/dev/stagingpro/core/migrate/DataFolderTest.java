package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PortableRecord product(String json) throws Exception {
    ObjectNode fields = (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    return PortableRecord.of(Entity.PRODUCTS, fields.get("sku").asText(), fields);
  }

  @Test
  void writesOneSortedStableFilePerRecordAndReadsThemBack(@TempDir Path dir) throws Exception {
    DataFolder folder = new DataFolder(dir);
    folder.write(Entity.PRODUCTS, Stream.of(product("{'sku':'MUG-1','name':'Mug','price':12.5}"), product("{'name':'Tee','sku':'Tee/Large'}")));

    assertThat(Files.readString(dir.resolve("products/mug-1.json"))).isEqualTo("{\n  \"name\" : \"Mug\",\n  \"price\" : 12.5,\n  \"sku\" : \"MUG-1\"\n}\n");
    assertThat(folder.read(Entity.PRODUCTS)).extracting(PortableRecord::key).containsExactly("MUG-1", "Tee/Large");
  }

  @Test
  void rewritingRemovesRecordsThatAreGoneAndGivesTheSameBytes(@TempDir Path dir) throws Exception {
    DataFolder folder = new DataFolder(dir);
    folder.write(Entity.PRODUCTS, Stream.of(product("{'sku':'A'}"), product("{'sku':'B'}")));
    String before = Files.readString(dir.resolve("products/a.json"));

    folder.write(Entity.PRODUCTS, Stream.of(product("{'sku':'A'}")));

    assertThat(Files.readString(dir.resolve("products/a.json"))).isEqualTo(before);
    assertThat(dir.resolve("products/b.json")).doesNotExist();
  }

  @Test
  void aRecordFileWithoutItsNaturalKeyIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("products"));
    Files.writeString(dir.resolve("products/broken.json"), "{\"name\":\"no sku\"}");

    assertThatThrownBy(() -> new DataFolder(dir).read(Entity.PRODUCTS)).isInstanceOf(StagingProException.class)
        .hasMessageContaining("broken.json").hasMessageContaining("\"sku\"");
  }

  @Test
  void distinctKeysThatSlugTheSameGetDistinctFileNames() {
    Set<String> taken = new HashSet<>();
    assertThat(DataFolder.fileName("Café Mugs", taken)).isEqualTo("cafe-mugs.json");
    assertThat(DataFolder.fileName("cafe mugs", taken)).isEqualTo("cafe-mugs-2.json");
  }
}
