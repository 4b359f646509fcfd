package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One service-level agreement property, such as latency, retention or frequency (ODCS {@code
 * slaProperties[]}). The value is a string, number, boolean or null, as in the standard.
 *
 * @param property the SLA property, such as {@code latency} or {@code retention} (required)
 * @param value the agreed value: a string, number, boolean or {@link JsonValue.Null} (required)
 * @param valueExt the extended value: a string, number, boolean or {@link JsonValue.Null}
 * @param unit the unit, such as {@code d} (days) or {@code y} (years)
 * @param element the element(s) the property applies to ({@code table.column})
 * @param driver why the SLA matters: {@code regulatory}, {@code analytics}, {@code operational} ...
 * @param description a description for humans
 * @param scheduler the scheduler that checks it, such as {@code cron}
 * @param schedule the scheduler's configuration, such as {@code 0 20 * * *}
 * @param id a stable identifier
 * @param extensions fields the standard does not define, kept as read
 */
public record SlaProperty(
    String property,
    JsonValue value,
    Optional<JsonValue> valueExt,
    Optional<String> unit,
    Optional<String> element,
    Optional<String> driver,
    Optional<String> description,
    Optional<String> scheduler,
    Optional<String> schedule,
    Optional<String> id,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param property the SLA property, such as {@code latency} or {@code retention} (required)
   * @param value the agreed value: a string, number, boolean or {@link JsonValue.Null} (required)
   * @param valueExt the extended value: a string, number, boolean or {@link JsonValue.Null}
   * @param unit the unit, such as {@code d} (days) or {@code y} (years)
   * @param element the element(s) the property applies to ({@code table.column})
   * @param driver why the SLA matters: {@code regulatory}, {@code analytics}, {@code operational}
   *     ...
   * @param description a description for humans
   * @param scheduler the scheduler that checks it, such as {@code cron}
   * @param schedule the scheduler's configuration, such as {@code 0 20 * * *}
   * @param id a stable identifier
   * @param extensions fields the standard does not define, kept as read
   */
  public SlaProperty {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueExt, "valueExt");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(id, "id");
    extensions = Values.orderedCopy(extensions, "extensions");
    scalar(value, "value");
    valueExt.ifPresent(v -> scalar(v, "valueExt"));
  }

  /**
   * An SLA property with a value.
   *
   * @param property the property
   * @param value the value: a string, number, boolean or null
   * @return the SLA property
   * @throws IllegalArgumentException if the value is an array or an object
   */
  public static SlaProperty of(String property, JsonValue value) {
    return builder().property(property).value(value).build();
  }

  private static void scalar(JsonValue v, String what) {
    if (v instanceof JsonValue.Arr || v instanceof JsonValue.Obj) {
      throw new IllegalArgumentException(
          "SlaProperty."
              + what
              + " must be a string, number, boolean or null, got "
              + v.typeName());
    }
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
    b.property = property;
    b.value = value;
    b.valueExt = valueExt;
    b.unit = unit;
    b.element = element;
    b.driver = driver;
    b.description = description;
    b.scheduler = scheduler;
    b.schedule = schedule;
    b.id = id;
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link SlaProperty}. */
  public static final class Builder {
    private @Nullable String property;
    private @Nullable JsonValue value;
    private Optional<JsonValue> valueExt = Optional.empty();
    private Optional<String> unit = Optional.empty();
    private Optional<String> element = Optional.empty();
    private Optional<String> driver = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> scheduler = Optional.empty();
    private Optional<String> schedule = Optional.empty();
    private Optional<String> id = Optional.empty();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the SLA property, such as {@code latency} or {@code retention} (required).
     *
     * @param property the value
     * @return this
     */
    public Builder property(String property) {
      this.property = Objects.requireNonNull(property, "property");
      return this;
    }

    /**
     * Sets the agreed value: a string, number, boolean or {@link JsonValue.Null} (required).
     *
     * @param value the value
     * @return this
     * @throws IllegalArgumentException if the value is an array or an object
     */
    public Builder value(JsonValue value) {
      scalar(Objects.requireNonNull(value, "value"), "value");
      this.value = value;
      return this;
    }

    /**
     * Sets the extended value: a string, number, boolean or {@link JsonValue.Null}.
     *
     * @param valueExt the value
     * @return this
     */
    public Builder valueExt(JsonValue valueExt) {
      return valueExt(Optional.of(valueExt));
    }

    /**
     * Sets or clears the extended value: a string, number, boolean or {@link JsonValue.Null}.
     *
     * @param valueExt the value, or empty
     * @return this
     * @throws IllegalArgumentException if the value is an array or an object
     */
    public Builder valueExt(Optional<JsonValue> valueExt) {
      Objects.requireNonNull(valueExt, "valueExt").ifPresent(v -> scalar(v, "valueExt"));
      this.valueExt = valueExt;
      return this;
    }

    /**
     * Sets the unit, such as {@code d} (days) or {@code y} (years).
     *
     * @param unit the value
     * @return this
     */
    public Builder unit(String unit) {
      return unit(Optional.of(unit));
    }

    /**
     * Sets or clears the unit, such as {@code d} (days) or {@code y} (years).
     *
     * @param unit the value, or empty
     * @return this
     */
    public Builder unit(Optional<String> unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the element(s) the property applies to ({@code table.column}).
     *
     * @param element the value
     * @return this
     */
    public Builder element(String element) {
      return element(Optional.of(element));
    }

    /**
     * Sets or clears the element(s) the property applies to ({@code table.column}).
     *
     * @param element the value, or empty
     * @return this
     */
    public Builder element(Optional<String> element) {
      this.element = Objects.requireNonNull(element, "element");
      return this;
    }

    /**
     * Sets why the SLA matters: {@code regulatory}, {@code analytics}, {@code operational} ....
     *
     * @param driver the value
     * @return this
     */
    public Builder driver(String driver) {
      return driver(Optional.of(driver));
    }

    /**
     * Sets or clears why the SLA matters: {@code regulatory}, {@code analytics}, {@code
     * operational} ....
     *
     * @param driver the value, or empty
     * @return this
     */
    public Builder driver(Optional<String> driver) {
      this.driver = Objects.requireNonNull(driver, "driver");
      return this;
    }

    /**
     * Sets a description for humans.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears a description for humans.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the scheduler that checks it, such as {@code cron}.
     *
     * @param scheduler the value
     * @return this
     */
    public Builder scheduler(String scheduler) {
      return scheduler(Optional.of(scheduler));
    }

    /**
     * Sets or clears the scheduler that checks it, such as {@code cron}.
     *
     * @param scheduler the value, or empty
     * @return this
     */
    public Builder scheduler(Optional<String> scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Sets the scheduler's configuration, such as {@code 0 20 * * *}.
     *
     * @param schedule the value
     * @return this
     */
    public Builder schedule(String schedule) {
      return schedule(Optional.of(schedule));
    }

    /**
     * Sets or clears the scheduler's configuration, such as {@code 0 20 * * *}.
     *
     * @param schedule the value, or empty
     * @return this
     */
    public Builder schedule(Optional<String> schedule) {
      this.schedule = Objects.requireNonNull(schedule, "schedule");
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
     * Builds the SLA property.
     *
     * @return the SLA property
     * @throws IllegalStateException if the property or the value is missing
     */
    public SlaProperty build() {
      return new SlaProperty(
          Values.required(property, "SlaProperty.property"),
          Values.required(value, "SlaProperty.value"),
          valueExt,
          unit,
          element,
          driver,
          description,
          scheduler,
          schedule,
          id,
          extensions);
    }
  }
}
