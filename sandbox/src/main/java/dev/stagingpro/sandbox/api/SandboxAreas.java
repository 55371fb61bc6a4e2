package dev.stagingpro.sandbox.api;

import java.util.ArrayList;
import java.util.List;

/** The API areas a sandbox serves. A new area is a new class added to this list. */
public final class SandboxAreas {
  private SandboxAreas() {}

  public static List<ApiArea> standard() {
    VariantsApi variants = new VariantsApi();
    OptionsApi options = new OptionsApi(variants);
    variants.useOptions(options);
    ModifiersApi modifiers = new ModifiersApi();
    ImagesApi images = new ImagesApi();
    VideosApi videos = new VideosApi();
    CustomFieldsApi customFields = new CustomFieldsApi();
    BulkPricingRulesApi bulkPricingRules = new BulkPricingRulesApi();
    ComplexRulesApi complexRules = new ComplexRulesApi();
    List<ApiArea> areas = new ArrayList<>(List.of(
        new StoreInfoApi(),
        new ChannelsApi(),
        new SitesApi(),
        new ProductsApi(variants, options, modifiers, images, videos, customFields, bulkPricingRules, complexRules),
        new ProductAssignmentsApi()));
    areas.addAll(List.of(variants, options, modifiers, images, videos, customFields, bulkPricingRules, complexRules));
    areas.add(new ReviewsApi());
    areas.addAll(List.of(
        new BrandsApi(),
        new CategoryTreesApi(),
        new LegacyCategoriesApi(),
        new MetafieldsApi()));
    CustomerAddressesApi addresses = new CustomerAddressesApi();
    CustomerAttributesApi attributes = new CustomerAttributesApi();
    areas.addAll(List.of(
        new CustomersApi(addresses, attributes),
        addresses,
        attributes,
        new CustomerFormFieldsApi(addresses),
        new CustomerGroupsApi(),
        new dev.stagingpro.sandbox.api.themes.ThemesApi(),
        new dev.stagingpro.sandbox.api.themes.ThemeActivationApi()));
    areas.addAll(PricingAreas.all());
    return List.copyOf(areas);
  }
}
