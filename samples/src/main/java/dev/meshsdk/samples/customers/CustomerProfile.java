package dev.meshsdk.samples.customers;

import dev.meshsdk.contracts.annotation.ContractField;
import dev.meshsdk.contracts.annotation.ContractSchema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's profile, the customers domain's code-first contract: {@code
 * DataContracts.derive(CustomerProfile.class)} turns the components, their Bean Validation
 * constraints and {@link ContractField} annotations into the port's ODCS contract.
 *
 * @param customerId the customer's id, the key other domains refer to
 * @param email the customer's e-mail address (personal data)
 * @param phone the customer's phone number in E.164 form, if given (personal data)
 * @param displayName the name the shop greets the customer with
 * @param country the ISO 3166-1 country code of the delivery address
 * @param segment the marketing segment
 * @param signedUpAt when the customer signed up
 */
@ContractSchema(
    id = "urn:meshsdk:customers:customer-profiles",
    name = "Customer profiles",
    version = "1.0.0",
    domain = "customers",
    object = CustomersProduct.SCHEMA_OBJECT,
    description = "One profile per customer of the web shop")
public record CustomerProfile(
    @ContractField(
            name = "customer_id",
            primaryKey = true,
            classification = "restricted",
            description = "The customer's id; orders refer to it")
        @NotNull
        UUID customerId,
    @ContractField(name = "email", classification = "pii", description = "Where we write to")
        @NotNull
        @Email
        @Size(max = 254)
        String email,
    @ContractField(name = "phone", classification = "pii", description = "E.164 phone number")
        Optional<@Pattern(regexp = "^\\+[1-9][0-9]{7,14}$") String> phone,
    @ContractField(name = "display_name") @NotBlank @Size(max = 100) String displayName,
    @ContractField(name = "country", description = "ISO 3166-1 alpha-2 country code")
        @NotNull
        @Pattern(regexp = "^[A-Z]{2}$")
        String country,
    @ContractField(name = "segment") @NotNull Segment segment,
    @ContractField(name = "signed_up_at") @NotNull Instant signedUpAt) {}
