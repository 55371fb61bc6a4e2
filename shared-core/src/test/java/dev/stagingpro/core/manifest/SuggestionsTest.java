package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": near misses get a suggestion, different words get the list. */
class SuggestionsTest {
  @Test
  void editDistanceCountsSingleEdits() {
    assertThat(Suggestions.editDistance("token", "token")).isZero();
    assertThat(Suggestions.editDistance("tokn", "token")).isEqualTo(1);
    assertThat(Suggestions.editDistance("stagign", "staging")).isEqualTo(2);
    assertThat(Suggestions.editDistance("", "abc")).isEqualTo(3);
  }

  @Test
  void nearMissesAreSuggestedIgnoringCase() {
    assertThat(Suggestions.closest("Products", Entity.keys())).contains("products");
    assertThat(Suggestions.closest("anonymize_customers", List.of("copy_stock", "anonymise_customers"))).contains("anonymise_customers");
    assertThat(Suggestions.closest("qa", List.of("production", "staging"))).isEmpty();
  }

  @Test
  void anAbbreviationOfExactlyOneNameIsSuggested() {
    assertThat(Suggestions.closest("prod", List.of("production", "staging"))).contains("production");
    assertThat(Suggestions.closest("product", Entity.keys())).contains("products");
    assertThat(Suggestions.closest("b2b_", Entity.keys())).as("ambiguous").isEmpty();
    assertThat(Suggestions.closest("pr", List.of("production"))).isEmpty();
  }

  @Test
  void unknownNamesWithoutANearMissListWhatIsAllowed() {
    assertThat(Suggestions.unknown("mode", "fast", List.of("bulk", "selective")))
        .isEqualTo("unknown mode 'fast'; expected one of: bulk, selective");
    assertThat(Suggestions.unknown("key", "x".repeat(60), List.of("a")))
        .isEqualTo("unknown key '" + "x".repeat(40) + "...'; expected one of: a");
  }
}
