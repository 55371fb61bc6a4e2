package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.model.JobMessage;
import org.junit.jupiter.api.Test;

class UploadMessageTest {
  @Test
  void namesTheFileAndTheCode() {
    UploadMessage m = UploadMessage.of(new JobMessage("TR-601", null, "Invalid file templates/pages/notes.txt in templates"), true);

    assertThat(m.error()).isTrue();
    assertThat(m.code()).contains("TR-601");
    assertThat(m.file()).contains("templates/pages/notes.txt");
    assertThat(m.describe()).isEqualTo("templates/pages/notes.txt: TR-601: Invalid file templates/pages/notes.txt in templates");
  }

  @Test
  void rootFilesAndMessagesWithoutFiles() {
    assertThat(UploadMessage.fileIn("config.json: meta.author_name is empty")).contains("config.json");
    assertThat(UploadMessage.fileIn("The theme 'Cornerstone 6.1' is too large")).isEmpty();
    UploadMessage warning = UploadMessage.of(new JobMessage(null, "TR-900", "Developer info missing"), false);
    assertThat(warning.describe()).isEqualTo("TR-900: Developer info missing");
  }
}
