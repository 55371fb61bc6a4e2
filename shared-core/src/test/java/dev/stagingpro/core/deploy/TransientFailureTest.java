package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.model.JobMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransientFailureTest {
  private static UploadMessage error(String code, String text) {
    return UploadMessage.of(new JobMessage(code, null, text), true);
  }

  @Test
  void bundleContentCodesAreNotRetried() {
    assertThat(ThemeUploader.isTransient(List.of(error("TR-601", "templates/pages/a.txt is not .html")))).isFalse();
    assertThat(ThemeUploader.isTransient(List.of(error("TR-1500", "parallel uploads"), error("TR-300", "invalid zip")))).isFalse();
  }

  @Test
  void platformErrorsAndErrorsWithoutCodeAreRetried() {
    assertThat(ThemeUploader.isTransient(List.of(error("TR-1500", "Another upload is running")))).isTrue();
    assertThat(ThemeUploader.isTransient(List.of(error(null, "Internal error")))).isTrue();
    assertThat(ThemeUploader.isTransient(List.of())).isTrue();
  }
}
