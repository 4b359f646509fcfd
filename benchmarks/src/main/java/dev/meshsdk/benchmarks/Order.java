package dev.meshsdk.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's typed record: the rules of {@code orders-benchmark.odcs.yaml} as Bean Validation
 * constraints, plus {@code @PastOrPresent} on {@code createdAt}, which ODCS cannot express.
 * Hibernate Validator and meshsdk's typed validator both validate this very class.
 *
 * @param orderId the order's id, {@code ORD-} and 8 digits
 * @param customerId the customer's id
 * @param amount the order's total, not negative
 * @param currency an ISO 4217 code such as {@code EUR}
 * @param status where the order is
 * @param quantity the number of units, 1 to 1000
 * @param email the customer's email address
 * @param createdAt when the order was placed, not in the future
 * @param items the line items, 1 to 100
 * @param note a free-text note, at most 500 characters
 */
public record Order(
    @NotNull @Pattern(regexp = "ORD-[0-9]{8}") String orderId,
    @NotNull String customerId,
    @Nullable @PositiveOrZero BigDecimal amount,
    @Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
    @Nullable Status status,
    @Min(1) @Max(1000) int quantity,
    @Nullable @Email String email,
    @Nullable @PastOrPresent Instant createdAt,
    @Nullable @Size(min = 1, max = 100) List<@Valid Item> items,
    @Nullable @Size(max = 500) String note) {

  /**
   * One line of an order.
   *
   * @param sku the product's stock-keeping unit, not blank
   * @param qty how many, more than 0
   */
  public record Item(@NotBlank String sku, @Positive int qty) {}

  /** Where an order is. */
  public enum Status {
    /** Placed, not paid. */
    NEW,
    /** Paid. */
    PAID,
    /** On its way. */
    SHIPPED,
    /** Arrived. */
    DELIVERED,
    /** Called off. */
    CANCELLED
  }
}
