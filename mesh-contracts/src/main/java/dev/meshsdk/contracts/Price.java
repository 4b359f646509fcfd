package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The price of the data (ODCS top-level {@code price} object). All fields are optional, as in the
 * standard.
 *
 * @param priceAmount the price per unit of measure in {@code priceUnit}
 * @param priceCurrency the currency of the price, such as {@code USD}
 * @param priceUnit the unit of measure, such as {@code megabyte}
 * @param id a stable identifier
 * @param extensions fields the standard does not define, kept as read
 */
public record Price(
    Optional<BigDecimal> priceAmount,
    Optional<String> priceCurrency,
    Optional<String> priceUnit,
    Optional<String> id,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param priceAmount the price per unit of measure in {@code priceUnit}
   * @param priceCurrency the currency of the price, such as {@code USD}
   * @param priceUnit the unit of measure, such as {@code megabyte}
   * @param id a stable identifier
   * @param extensions fields the standard does not define, kept as read
   */
  public Price {
    Objects.requireNonNull(priceAmount, "priceAmount");
    Objects.requireNonNull(priceCurrency, "priceCurrency");
    Objects.requireNonNull(priceUnit, "priceUnit");
    Objects.requireNonNull(id, "id");
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.priceAmount = priceAmount;
    b.priceCurrency = priceCurrency;
    b.priceUnit = priceUnit;
    b.id = id;
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link Price}. */
  public static final class Builder {
    private Optional<BigDecimal> priceAmount = Optional.empty();
    private Optional<String> priceCurrency = Optional.empty();
    private Optional<String> priceUnit = Optional.empty();
    private Optional<String> id = Optional.empty();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the price per unit of measure in {@code priceUnit}.
     *
     * @param priceAmount the value
     * @return this
     */
    public Builder priceAmount(BigDecimal priceAmount) {
      return priceAmount(Optional.of(priceAmount));
    }

    /**
     * Sets or clears the price per unit of measure in {@code priceUnit}.
     *
     * @param priceAmount the value, or empty
     * @return this
     */
    public Builder priceAmount(Optional<BigDecimal> priceAmount) {
      this.priceAmount = Objects.requireNonNull(priceAmount, "priceAmount");
      return this;
    }

    /**
     * Sets the currency of the price, such as {@code USD}.
     *
     * @param priceCurrency the value
     * @return this
     */
    public Builder priceCurrency(String priceCurrency) {
      return priceCurrency(Optional.of(priceCurrency));
    }

    /**
     * Sets or clears the currency of the price, such as {@code USD}.
     *
     * @param priceCurrency the value, or empty
     * @return this
     */
    public Builder priceCurrency(Optional<String> priceCurrency) {
      this.priceCurrency = Objects.requireNonNull(priceCurrency, "priceCurrency");
      return this;
    }

    /**
     * Sets the unit of measure, such as {@code megabyte}.
     *
     * @param priceUnit the value
     * @return this
     */
    public Builder priceUnit(String priceUnit) {
      return priceUnit(Optional.of(priceUnit));
    }

    /**
     * Sets or clears the unit of measure, such as {@code megabyte}.
     *
     * @param priceUnit the value, or empty
     * @return this
     */
    public Builder priceUnit(Optional<String> priceUnit) {
      this.priceUnit = Objects.requireNonNull(priceUnit, "priceUnit");
      return this;
    }

    /**
     * Sets a stable identifier.
     *
     * @param id the value
     * @return this
     */
    public Builder id(String id) {
      return id(Optional.of(id));
    }

    /**
     * Sets or clears a stable identifier.
     *
     * @param id the value, or empty
     * @return this
     */
    public Builder id(Optional<String> id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets fields the standard does not define, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the price.
     *
     * @return the price
     */
    public Price build() {
      return new Price(priceAmount, priceCurrency, priceUnit, id, extensions);
    }
  }
}
