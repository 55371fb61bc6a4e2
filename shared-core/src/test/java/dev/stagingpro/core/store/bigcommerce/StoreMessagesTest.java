package dev.stagingpro.core.store.bigcommerce;

import static dev.stagingpro.core.store.bigcommerce.BatchAnswerTest.answer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreMessagesTest {
  @Test
  void v3ErrorsGiveTitleAndDetails() {
    assertThat(StoreMessages.of(answer(422, """
        {"status": 422, "title": "Invalid", "type": "https://x", "errors": {"price": "must be >= 0"}}""")))
        .isEqualTo("Invalid; price: must be >= 0");
  }

  @Test
  void v2ErrorArraysGiveEveryMessage() {
    assertThat(StoreMessages.of(answer(400, """
        [{"status": 400, "message": "first"}, {"status": 400, "message": "second"}]""")))
        .isEqualTo("first; second");
  }

  @Test
  void v2DetailsNameTheField() {
    assertThat(StoreMessages.of(answer(422, """
        [{"status": 422, "message": "Invalid", "details": {"locations.0.zip": "zip is required"}}]""")))
        .isEqualTo("Invalid; locations.0.zip: zip is required");
  }

  @Test
  void nonJsonBodiesAreQuotedShortened() {
    assertThat(StoreMessages.of(answer(502, "<html>" + "x".repeat(500) + "</html>")))
        .startsWith("<html>xxx").endsWith("...").hasSize(303);
    assertThat(StoreMessages.of(answer(500, ""))).isEqualTo("(no message)");
  }
}
