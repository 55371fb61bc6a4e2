package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A category in a tree ({@code /v3/catalog/trees/categories}); matched across stores by its
 * tree (through the channel) and the path of names from the root. {@code parentId} 0 is a top-level
 * category.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeCategory(
    Integer categoryId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String categoryUuid,
    Integer treeId,
    Integer parentId,
    String name,
    String description,
    Integer views,
    Integer sortOrder,
    String pageTitle,
    List<String> metaKeywords,
    String metaDescription,
    String layoutFile,
    String imageUrl,
    Boolean isVisible,
    String searchKeywords,
    String defaultProductSort,
    CategoryUrl url) {
  public static TreeCategory draft(int treeId, int parentId, String name) {
    return builder().treeId(treeId).parentId(parentId).name(name).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to change a few of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.categoryId = categoryId;
    b.categoryUuid = categoryUuid;
    b.treeId = treeId;
    b.parentId = parentId;
    b.name = name;
    b.description = description;
    b.views = views;
    b.sortOrder = sortOrder;
    b.pageTitle = pageTitle;
    b.metaKeywords = metaKeywords;
    b.metaDescription = metaDescription;
    b.layoutFile = layoutFile;
    b.imageUrl = imageUrl;
    b.isVisible = isVisible;
    b.searchKeywords = searchKeywords;
    b.defaultProductSort = defaultProductSort;
    b.url = url;
    return b;
  }

  /** Fluent construction; unset fields stay null and are not sent. */
  public static final class Builder {
    private Integer categoryId;
    private String categoryUuid;
    private Integer treeId;
    private Integer parentId;
    private String name;
    private String description;
    private Integer views;
    private Integer sortOrder;
    private String pageTitle;
    private List<String> metaKeywords;
    private String metaDescription;
    private String layoutFile;
    private String imageUrl;
    private Boolean isVisible;
    private String searchKeywords;
    private String defaultProductSort;
    private CategoryUrl url;

    private Builder() {}

    public Builder categoryId(Integer value) {
      this.categoryId = value;
      return this;
    }

    public Builder categoryUuid(String value) {
      this.categoryUuid = value;
      return this;
    }

    public Builder treeId(Integer value) {
      this.treeId = value;
      return this;
    }

    public Builder parentId(Integer value) {
      this.parentId = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder views(Integer value) {
      this.views = value;
      return this;
    }

    public Builder sortOrder(Integer value) {
      this.sortOrder = value;
      return this;
    }

    public Builder pageTitle(String value) {
      this.pageTitle = value;
      return this;
    }

    public Builder metaKeywords(List<String> value) {
      this.metaKeywords = value;
      return this;
    }

    public Builder metaDescription(String value) {
      this.metaDescription = value;
      return this;
    }

    public Builder layoutFile(String value) {
      this.layoutFile = value;
      return this;
    }

    public Builder imageUrl(String value) {
      this.imageUrl = value;
      return this;
    }

    public Builder isVisible(Boolean value) {
      this.isVisible = value;
      return this;
    }

    public Builder searchKeywords(String value) {
      this.searchKeywords = value;
      return this;
    }

    public Builder defaultProductSort(String value) {
      this.defaultProductSort = value;
      return this;
    }

    public Builder url(CategoryUrl value) {
      this.url = value;
      return this;
    }

    public TreeCategory build() {
      return new TreeCategory(categoryId, categoryUuid, treeId, parentId, name, description, views, sortOrder, pageTitle, metaKeywords, metaDescription, layoutFile, imageUrl, isVisible, searchKeywords, defaultProductSort, url);
    }
  }
}
