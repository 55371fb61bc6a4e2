package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An address of a customer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerAddress(
    Integer id,
    Integer customerId,
    String firstName,
    String lastName,
    String company,
    String address1,
    String address2,
    String city,
    String stateOrProvince,
    String postalCode,
    String countryCode,
    String phone,
    String addressType,
    List<FormFieldValue> formFields,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String country) {
}
