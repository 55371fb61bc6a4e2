package dev.stagingpro.core.store.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models read what stores send (and more) and write exactly what is set. */
class ModelJsonTest {
  // a plain mapper: the models' own annotations must carry naming, inclusion and tolerance
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void readsSnakeCaseAndIgnoresFieldsItDoesNotKnow() throws Exception {
    Product p = mapper.readValue("""
        {"id": 5, "name": "Mug", "sku": "MUG", "is_visible": true, "custom_url": {"url": "/mug/", "is_customized": false},
         "brand_id": 3, "categories": [1, 2], "calculated_price": 9.5, "date_created": "2024-01-01T00:00:00Z",
         "a_field_from_the_future": {"x": 1}, "channels": [1]}""", Product.class);

    assertThat(p.id()).isEqualTo(5);
    assertThat(p.isVisible()).isTrue();
    assertThat(p.customUrl().url()).isEqualTo("/mug/");
    assertThat(p.categories()).containsExactly(1, 2);
    assertThat(p.calculatedPrice()).isEqualByComparingTo("9.5");
    assertThat(p.dateCreated()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(p.channels()).containsExactly(1);
  }

  @Test
  void writesOnlyWhatIsSetAndNeverStoreOwnedFields() throws Exception {
    Product read = mapper.readValue("""
        {"id": 5, "name": "Mug", "type": "physical", "price": 9.5, "date_created": "2024", "total_sold": 3,
         "calculated_price": 9.5, "base_variant_id": 8, "options": [{"id": 1}], "channels": [1]}""", Product.class);

    JsonNode sent = mapper.valueToTree(read.toBuilder().isVisible(false).build());

    assertThat(fieldNames(sent)).containsExactlyInAnyOrder("id", "name", "type", "price", "is_visible");
    assertThat(sent.get("price").decimalValue()).isEqualByComparingTo("9.5");
  }

  @Test
  void aDraftCarriesTheFieldsACreateNeeds() {
    JsonNode sent = mapper.valueToTree(Product.draft("Mug", "physical", "MUG", new BigDecimal("9.50"), BigDecimal.ONE)
        .toBuilder().variants(List.of(ProductVariant.builder().sku("MUG-R").optionValues(List.of(VariantOptionValue.of(1, 2))).build()))
        .build());

    assertThat(fieldNames(sent)).containsExactlyInAnyOrder("name", "type", "sku", "price", "weight", "variants");
    assertThat(sent.at("/variants/0/option_values/0").toString()).isEqualTo("{\"id\":2,\"option_id\":1}");
  }

  @Test
  void updatesLeaveOutCreateOnlyLists() {
    Product p = Product.draft("Mug", "physical", "MUG", BigDecimal.TEN, BigDecimal.ONE).toBuilder()
        .id(5).images(List.of()).customFields(List.of(CustomField.of("a", "b"))).build();

    assertThat(fieldNames(mapper.valueToTree(p.forUpdate()))).doesNotContain("images", "custom_fields");
  }

  @Test
  void derivedHelpersAreNotSentAsFields() {
    assertThat(fieldNames(mapper.valueToTree(Channel.storefront("outlet", "prelaunch"))))
        .containsExactlyInAnyOrder("name", "type", "platform", "status");
  }

  @Test
  void customerPasswordsAreMaskedInToString() {
    Customer c = Customer.draft("a@example.com", "A", "B").toBuilder()
        .authentication(new CustomerAuthentication(false, "s3cret-pass")).build();

    assertThat(c.toString()).doesNotContain("s3cret-pass").contains("****");
    assertThat(mapper.valueToTree(c).at("/authentication/new_password").asText()).isEqualTo("s3cret-pass");
  }

  @Test
  void themeJobsExposeTheirResults() throws Exception {
    ThemeJob job = mapper.readValue("""
        {"id": "j1", "status": "COMPLETED", "percent_complete": 100, "result": {"theme_id": "t-1"},
         "errors": [], "warnings": [{"warning": "W1", "message": "careful"}]}""", ThemeJob.class);

    assertThat(job.isFinished()).isTrue();
    assertThat(job.isFailed()).isFalse();
    assertThat(job.themeId()).contains("t-1");
    assertThat(job.downloadUrl()).isEmpty();
    assertThat(job.warnings().get(0).describe()).isEqualTo("W1: careful");
  }

  @Test
  void activeThemeTellsUnpublishedEdits() {
    assertThat(new ActiveTheme("t", "v", "c1", "c2").hasUnpublishedChanges()).isTrue();
    assertThat(new ActiveTheme("t", "v", "c1", "c1").hasUnpublishedChanges()).isFalse();
  }

  @Test
  void storeInfoReadsFeatures() throws Exception {
    StoreInfo info = mapper.readValue("""
        {"id": "abc", "name": "Shop", "timezone": {"name": "Europe/Berlin", "raw_offset": 3600},
         "default_channel_id": 1, "features": {"multi_storefront_enabled": true,
         "storefront_limits": {"active": 2, "total_including_inactive": 5}}}""", StoreInfo.class);

    assertThat(info.isMultiStorefront()).isTrue();
    assertThat(info.timezone().name()).isEqualTo("Europe/Berlin");
    assertThat(info.features().storefrontLimits().totalIncludingInactive()).isEqualTo(5);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
