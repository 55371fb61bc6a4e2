package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsonShape.array;
import static dev.stagingpro.core.theme.JsonShape.integer;
import static dev.stagingpro.core.theme.JsonShape.object;
import static dev.stagingpro.core.theme.JsonShape.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code config.json} must hold. Two levels, as in the Stencil CLI: a private theme needs
 * only {@code meta} with the author fields; a Theme Marketplace theme ({@code marketplace}) also
 * needs name, version, settings, one to four variations with screenshots, demo URL and
 * {@code optimized_for}, a price, documentation URL, composed image and listed features. Both
 * also check what the platform rejects on upload: a variation without id (TR-901), duplicate
 * variation ids (TR-902), and no variation at all.
 */
final class ConfigRules {
  static final List<String> INDUSTRIES = List.of("arts_crafts", "animals_pets", "automotive_industrial",
      "electronics_computers", "fashion_jewelry", "food_beverage", "gifts_specialty", "health_beauty", "home_garden",
      "books_entertainment", "sports_recreation", "toys_games");
  private static final List<String> OPTIMIZED_FOR_EXTRA = List.of("multi_purpose", "chrome_firefox_safari_ie_10",
      "mobile_tablet_desktop", "sales_discounts", "wholesale", "single_product", "large_catalog", "mobile", "clothing",
      "cosmetics", "home_appliances", "home_furnishings", "movies", "music", "digital_downloads", "outdoor_sports",
      "hunting_fishing", "video_games");
  private static final List<String> FEATURES = List.of("fully_responsive", "mega_navigation",
      "multi_tiered_sidebar_menu", "masonry_design", "frontpage_slideshow", "quick_add_to_cart",
      "switchable_product_view", "product_comparison_table", "complex_search_filtering",
      "customizable_product_selector", "cart_suggested_products", "free_customer_support", "free_theme_upgrades",
      "high_res_product_images", "product_filtering", "advanced_quick_view", "product_showcase", "persistent_cart",
      "one_page_check_out", "customized_checkout", "product_videos", "google_amp", "pixel_pop",
      "account_payment_methods", "enhanced_ecommerce", "csrf_protection", "account_payment_methods_v2");
  /** Locale keys of translation objects: the pattern only checks how the key ends. */
  static final String LOCALE_KEY = "[a-z]{2}(-[a-zA-Z0-9]{2,})?$";

  private static final JsonShape PRIVATE = shape(false);
  private static final JsonShape MARKETPLACE = shape(true);

  private ConfigRules() {}

  static List<JsonShape.Found> check(JsonNode config, boolean marketplace) {
    return (marketplace ? MARKETPLACE : PRIVATE).check(config, "config");
  }

  private static JsonShape shape(boolean marketplace) {
    JsonShape features = array(marketplace ? string().oneOf(FEATURES.toArray(String[]::new)) : string().minLength(1))
        .unique().minItems(marketplace ? 1 : 0);
    JsonShape meta = object()
        .property("price", integer())
        .property("author_name", string())
        .property("author_email", string())
        .property("author_support_url", string())
        .property("documentation_url", string())
        .property("composed_image", string())
        .property("features", features)
        .require("author_name", "author_email", "author_support_url");
    if (marketplace) {
      meta.require("price", "documentation_url", "composed_image", "features");
    }
    JsonShape imageSize = object().property("width", integer().minimum(0)).property("height", integer().minimum(0));
    JsonShape settings = object().property("_images", object().pattern(".+", imageSize));
    String[] optimizedFor = java.util.stream.Stream.concat(INDUSTRIES.stream(), OPTIMIZED_FOR_EXTRA.stream()).toArray(String[]::new);
    JsonShape translation = object().property("default", string().minLength(1)).pattern(LOCALE_KEY, string().minLength(1))
        .require("default").closed();
    JsonShape variationMeta = object()
        .property("desktop_screenshot", string())
        .property("mobile_screenshot", string())
        .property("description", string())
        .property("demo_url", string())
        .property("optimized_for", array(string().oneOf(optimizedFor)).unique().minItems(marketplace ? 1 : 0))
        .property("industries", array(string().oneOf(INDUSTRIES.toArray(String[]::new))).unique())
        .property("translations", object().property("i18n.description", translation).closed())
        .require("description");
    if (marketplace) {
      variationMeta.require("desktop_screenshot", "mobile_screenshot", "demo_url", "optimized_for");
    }
    JsonShape variation = object()
        .property("name", string())
        .property("id", string().minLength(1))
        .property("meta", variationMeta)
        .require("name", "id", "meta");
    JsonShape root = object()
        .property("name", string())
        .property("version", string())
        .property("meta", meta)
        .property("settings", settings)
        .property("read_only_files", array(null))
        .property("variations", array(variation).minItems(1).maxItems(4).rule(ConfigRules::uniqueVariationIds))
        .require("meta", "variations")
        .rule(ConfigRules::textPropertiesPresent);
    if (marketplace) {
      root.require("name", "version", "settings");
    }
    return root;
  }

  /** TR-902: the platform refuses a theme whose variations share an id. */
  private static void uniqueVariationIds(JsonNode variations, JsonShape.Checker checker) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < variations.size(); i++) {
      JsonNode id = variations.get(i).path("id");
      if (!id.isTextual()) {
        continue;
      }
      Integer first = seen.putIfAbsent(id.textValue(), i);
      if (first != null) {
        checker.reportBelow("variation id '" + id.textValue() + "' is already used by variations[" + first
            + "]; every variation needs its own id (the platform rejects duplicates: TR-902)", i, "id");
      }
    }
  }

  /** TR-800: name and version, when given, must not be empty. */
  private static void textPropertiesPresent(JsonNode config, JsonShape.Checker checker) {
    for (String name : List.of("name", "version")) {
      JsonNode value = config.get(name);
      if (value != null && value.isTextual() && value.textValue().isBlank()) {
        checker.reportBelow("is empty; give the theme a " + name + " or leave the key out", name);
      }
    }
  }
}
