package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.model.StoreInfo;
import dev.stagingpro.core.store.model.StorefrontLimits;

/**
 * How many storefronts a store may have ({@code features.storefront_limits}) and has (live
 * storefront channels), for the preview pool. Without multi-storefront there is no second
 * storefront to preview on.
 */
record StorefrontRoom(String environment, int limit, int used) {
  static StorefrontRoom of(String environment, StoreInfo info, int liveStorefronts) {
    if (!info.isMultiStorefront()) {
      throw StagingProException.failed("Store '" + environment + "' (preview.environment) has multi-storefront turned off:"
          + " previews run on prelaunch storefront channels, and the API has no other way to show a theme before it goes live."
          + " Turn on multi-storefront for this store (a plan feature; Channel Manager in the control panel), or point"
          + " preview.environment at a store that has it.");
    }
    StorefrontLimits limits = info.features().storefrontLimits();
    Integer total = limits == null ? null : limits.totalIncludingInactive() != null ? limits.totalIncludingInactive() : limits.active();
    return new StorefrontRoom(environment, total == null ? Integer.MAX_VALUE : total, liveStorefronts);
  }

  boolean hasRoom() {
    return used < limit;
  }

  String describe() {
    return used + " of " + (limit == Integer.MAX_VALUE ? "unlimited" : String.valueOf(limit)) + " storefronts in use (storefront_limits)";
  }
}
