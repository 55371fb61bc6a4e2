package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import java.util.List;

/**
 * Product images by URL ({@code image_url}); the first image becomes the thumbnail, and marking
 * one as thumbnail unmarks the others. The CDN URLs are derived from the store and ids.
 */
public final class ImagesApi extends ProductChild {
  public ImagesApi() {
    super(Catalog.IMAGES, "images", "image_id", "Image");
  }

  @Override
  protected int perProductLimit() {
    return 1000;
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    if (create && !body.hasNonNull("image_url")) {
      throw ApiException.unprocessable("image_url", "image_url is required (upload by URL)");
    }
    if (body.has("image_url")) {
      String url = Check.text(body, "image_url", 255);
      if (!url.matches("(?i)https?://.+")) {
        throw ApiException.unprocessable("image_url", "image_url must be an http(s) URL");
      }
    }
    copy(body, record, "image_url", "is_thumbnail", "sort_order", "description");
    long productId = product.get("id").asLong();
    List<ObjectNode> others = of(request, productId);
    if (create && others.isEmpty()) {
      record.put("is_thumbnail", true);
    }
    if (record.path("is_thumbnail").asBoolean()) {
      for (ObjectNode other : others) {
        if (other.path("is_thumbnail").asBoolean() && other.get("id").asLong() != record.path("id").asLong()) {
          other.put("is_thumbnail", false);
          table(request).save(other);
        }
      }
    }
    record.put("date_modified", Times.v3(request.now()));
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    String file = record.path("image_url").asText().replaceAll(".*/", "").replaceAll("[?#].*", "");
    String base = "https://cdn11.bigcommerce.com/s-" + request.store().hash() + "/images/stencil/%s/products/"
        + record.path("product_id").asLong() + "/" + record.path("id").asLong() + "/" + (file.isEmpty() ? "image.jpg" : file);
    record.put("url_zoom", String.format(base, "1280x1280"));
    record.put("url_standard", String.format(base, "500x659"));
    record.put("url_thumbnail", String.format(base, "100x100"));
    record.put("url_tiny", String.format(base, "50x50"));
    return record;
  }

  /** The thumbnail (or first) image as a product's {@code primary_image}, or null. */
  public ObjectNode primary(Request request, ObjectNode product) {
    List<ObjectNode> images = rendered(request, product);
    ObjectNode primary = images.stream().filter(i -> i.path("is_thumbnail").asBoolean()).findFirst()
        .orElse(images.isEmpty() ? null : images.get(0));
    if (primary != null) {
      // the primary image names its file instead of the source URL
      primary.put("image_file", primary.path("image_url").asText().replaceAll(".*/", ""));
      primary.remove("image_url");
    }
    return primary;
  }
}
