package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** JSON written as JavaScript's JSON.stringify writes it (expected strings checked with Node). */
class JsJsonTest {
  private static String roundTrip(String json) throws JsonDocument.Malformed {
    return JsJson.pretty(JsonDocument.parse(json).root());
  }

  @Test
  void layoutMatchesJsonStringifyWithTwoSpaces() throws Exception {
    assertThat(roundTrip("{\"a\":[],\"b\":{},\"c\":[1,{\"d\":null}]}"))
        .isEqualTo("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ]\n}");
  }

  @Test
  void numbersArePrintedLikeJavaScript() throws Exception {
    assertThat(roundTrip("[12.0, 1.5, 1e21, 1e-7, 0.000001, 123456789012345678901234, -0, 2.50]"))
        .isEqualTo("[\n  12,\n  1.5,\n  1e+21,\n  1e-7,\n  0.000001,\n  1.2345678901234569e+23,\n  0,\n  2.5\n]");
  }

  @Test
  void integerKeysComeFirstAndStringsEscapeOnlyWhatJavaScriptEscapes() throws Exception {
    assertThat(JsJson.compact(JsonDocument.parse("{\"b\":1,\"10\":2,\"2\":3,\"01\":4}").root()))
        .isEqualTo("{\"2\":3,\"10\":2,\"b\":1,\"01\":4}");
    assertThat(JsJson.compact(JsonDocument.parse("\"\\u00e9 / \\u2028 \\u0001 \\t \\\" \\ud800\"").root()))
        .isEqualTo("\"é / \u2028 \\u0001 \\t \\\" \\ud800\"");
  }

  @Test
  void aByteOrderMarkIsNotJsonAsInJavaScript() {
    assertThatThrownBy(() -> JsonDocument.parse("\uFEFF{}")).isInstanceOf(JsonDocument.Malformed.class);
  }
}
