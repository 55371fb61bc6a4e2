package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A customer account ({@code /v3/customers}); its natural key is {@code email}. Passwords cannot
 * be read; a create sets {@code authentication}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Customer(
    Integer id,
    String email,
    String firstName,
    String lastName,
    String company,
    String phone,
    String registrationIpAddress,
    String notes,
    String taxExemptCategory,
    Integer customerGroupId,
    List<CustomerAddress> addresses,
    List<CustomerAttributeValue> attributes,
    CustomerAuthentication authentication,
    List<StoreCredit> storeCreditAmounts,
    Boolean acceptsProductReviewAbandonedCartEmails,
    Integer originChannelId,
    List<Integer> channelIds,
    List<FormFieldValue> formFields,
    Boolean triggerAccountCreatedNotification,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer addressCount,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer attributeCount,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<String> segmentIds,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  public static Customer draft(String email, String firstName, String lastName) {
    return builder().email(email).firstName(firstName).lastName(lastName).build();
  }

  /** This customer as a batch update sends it (addresses and attributes have their own endpoints). */
  public Customer forUpdate() {
    return toBuilder().addresses(null).attributes(null).triggerAccountCreatedNotification(null).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to change a few of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.email = email;
    b.firstName = firstName;
    b.lastName = lastName;
    b.company = company;
    b.phone = phone;
    b.registrationIpAddress = registrationIpAddress;
    b.notes = notes;
    b.taxExemptCategory = taxExemptCategory;
    b.customerGroupId = customerGroupId;
    b.addresses = addresses;
    b.attributes = attributes;
    b.authentication = authentication;
    b.storeCreditAmounts = storeCreditAmounts;
    b.acceptsProductReviewAbandonedCartEmails = acceptsProductReviewAbandonedCartEmails;
    b.originChannelId = originChannelId;
    b.channelIds = channelIds;
    b.formFields = formFields;
    b.triggerAccountCreatedNotification = triggerAccountCreatedNotification;
    b.addressCount = addressCount;
    b.attributeCount = attributeCount;
    b.segmentIds = segmentIds;
    b.dateCreated = dateCreated;
    b.dateModified = dateModified;
    return b;
  }

  /** Fluent construction; unset fields stay null and are not sent. */
  public static final class Builder {
    private Integer id;
    private String email;
    private String firstName;
    private String lastName;
    private String company;
    private String phone;
    private String registrationIpAddress;
    private String notes;
    private String taxExemptCategory;
    private Integer customerGroupId;
    private List<CustomerAddress> addresses;
    private List<CustomerAttributeValue> attributes;
    private CustomerAuthentication authentication;
    private List<StoreCredit> storeCreditAmounts;
    private Boolean acceptsProductReviewAbandonedCartEmails;
    private Integer originChannelId;
    private List<Integer> channelIds;
    private List<FormFieldValue> formFields;
    private Boolean triggerAccountCreatedNotification;
    private Integer addressCount;
    private Integer attributeCount;
    private List<String> segmentIds;
    private String dateCreated;
    private String dateModified;

    private Builder() {}

    public Builder id(Integer value) {
      this.id = value;
      return this;
    }

    public Builder email(String value) {
      this.email = value;
      return this;
    }

    public Builder firstName(String value) {
      this.firstName = value;
      return this;
    }

    public Builder lastName(String value) {
      this.lastName = value;
      return this;
    }

    public Builder company(String value) {
      this.company = value;
      return this;
    }

    public Builder phone(String value) {
      this.phone = value;
      return this;
    }

    public Builder registrationIpAddress(String value) {
      this.registrationIpAddress = value;
      return this;
    }

    public Builder notes(String value) {
      this.notes = value;
      return this;
    }

    public Builder taxExemptCategory(String value) {
      this.taxExemptCategory = value;
      return this;
    }

    public Builder customerGroupId(Integer value) {
      this.customerGroupId = value;
      return this;
    }

    public Builder addresses(List<CustomerAddress> value) {
      this.addresses = value;
      return this;
    }

    public Builder attributes(List<CustomerAttributeValue> value) {
      this.attributes = value;
      return this;
    }

    public Builder authentication(CustomerAuthentication value) {
      this.authentication = value;
      return this;
    }

    public Builder storeCreditAmounts(List<StoreCredit> value) {
      this.storeCreditAmounts = value;
      return this;
    }

    public Builder acceptsProductReviewAbandonedCartEmails(Boolean value) {
      this.acceptsProductReviewAbandonedCartEmails = value;
      return this;
    }

    public Builder originChannelId(Integer value) {
      this.originChannelId = value;
      return this;
    }

    public Builder channelIds(List<Integer> value) {
      this.channelIds = value;
      return this;
    }

    public Builder formFields(List<FormFieldValue> value) {
      this.formFields = value;
      return this;
    }

    public Builder triggerAccountCreatedNotification(Boolean value) {
      this.triggerAccountCreatedNotification = value;
      return this;
    }

    public Builder addressCount(Integer value) {
      this.addressCount = value;
      return this;
    }

    public Builder attributeCount(Integer value) {
      this.attributeCount = value;
      return this;
    }

    public Builder segmentIds(List<String> value) {
      this.segmentIds = value;
      return this;
    }

    public Builder dateCreated(String value) {
      this.dateCreated = value;
      return this;
    }

    public Builder dateModified(String value) {
      this.dateModified = value;
      return this;
    }

    public Customer build() {
      return new Customer(id, email, firstName, lastName, company, phone, registrationIpAddress, notes, taxExemptCategory, customerGroupId, addresses, attributes, authentication, storeCreditAmounts, acceptsProductReviewAbandonedCartEmails, originChannelId, channelIds, formFields, triggerAccountCreatedNotification, addressCount, attributeCount, segmentIds, dateCreated, dateModified);
    }
  }
}
