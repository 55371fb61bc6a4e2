package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {
  private final List<String> lines = new ArrayList<>();
  private final LogMasker masker = new LogMasker(lines::add);
  private final ProgressLog log = new ProgressLog(masker);

  @Test
  void writesMessagesWarningsAndErrorsWithTheirPlace() {
    masker.registerAll(List.of(Secret.of("tok-1234")));

    log.info("uploading theme");
    log.warn("b2b.email is deprecated");
    log.onEvent(ProgressEvent.error("template missing", "theme/templates/pages/home.html", 0));
    log.onEvent(ProgressEvent.error("bad key", "stagingpro.yml", 12));
    log.onEvent(ProgressEvent.error("store said 401 for tok-1234", null, 0));

    assertThat(lines).containsExactly(
        "uploading theme",
        "WARNING: b2b.email is deprecated",
        "ERROR: theme/templates/pages/home.html: template missing",
        "ERROR: stagingpro.yml:12: bad key",
        "ERROR: store said 401 for ****");
  }

  @Test
  void writesALinePerTenthOfKnownWork() {
    for (int done = 0; done <= 1000; done++) {
      log.progress("products", done, 1000);
    }
    assertThat(lines).hasSize(11).startsWith("products: 0/1000 (0%)", "products: 100/1000 (10%)")
        .endsWith("products: 1000/1000 (100%)");
  }

  @Test
  void startsAgainForANewTaskAndThinsUnknownTotals() {
    log.progress("products", 5, 10);
    log.progress("products", 5, 10);
    log.progress("customers", 1, 2);
    for (int done = 1; done <= 250; done++) {
      log.progress("orders", done, -1);
    }
    assertThat(lines).containsExactly("products: 5/10 (50%)", "customers: 1/2 (50%)", "orders: 1", "orders: 100", "orders: 200");
  }
}
