package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.Request;
import java.util.Set;

/** Product videos (YouTube ids). */
public final class VideosApi extends ProductChild {
  public VideosApi() {
    super(Catalog.VIDEOS, "videos", "id", "Video");
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    if (create || body.has("video_id")) {
      Check.text(body, "video_id", 50);
    }
    Check.optionalText(body, "title", 255);
    Check.optionalOneOf(body, "type", Set.of("youtube"));
    copy(body, record, "video_id", "title", "description", "sort_order", "type");
    if (record.path("length").asText().isEmpty()) {
      record.put("length", "01:00");
    }
  }
}
