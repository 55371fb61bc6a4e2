package dev.stagingpro.sandbox.api;

import java.util.List;

/** The API areas a sandbox serves. A new area is a new class added to this list. */
public final class SandboxAreas {
  private SandboxAreas() {}

  public static List<ApiArea> standard() {
    return List.of(
        new StoreInfoApi(),
        new ChannelsApi(),
        new SitesApi());
  }
}
