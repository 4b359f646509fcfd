package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The key and value types of a {@link LogicalType#MAP} property ({@code map}, a v3.2.0 draft
 * addition, RFC 0030). Each side is a property definition without a name: a logical type, options,
 * nested {@code properties} or {@code items}, and so on.
 *
 * <p>The standard requires both sides; they are optional here so that a document without one can be
 * read and {@code DataContracts.check} can report it.
 *
 * @param key the type of the keys (required by the standard; typically a string)
 * @param value the type of the values (required by the standard)
 * @param extensions fields the standard does not define, kept as read
 */
public record MapType(
    Optional<SchemaProperty> key,
    Optional<SchemaProperty> value,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the extensions.
   *
   * @param key the type of the keys
   * @param value the type of the values
   * @param extensions fields the standard does not define
   */
  public MapType {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A map type with a key type and a value type.
   *
   * @param key the type of the keys
   * @param value the type of the values
   * @return the map type
   */
  public static MapType of(SchemaProperty key, SchemaProperty value) {
    return new MapType(Optional.of(key), Optional.of(value), Map.of());
  }
}
