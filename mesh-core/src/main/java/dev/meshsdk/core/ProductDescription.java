package dev.meshsdk.core;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.Values;
import dev.meshsdk.core.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * What a data product is for: the ODPS {@code description} object.
 *
 * @param purpose the intended purpose of the data
 * @param usage the recommended usage
 * @param limitations technical, compliance and legal limitations of use
 * @param extensions other fields of the ODPS object ({@code authoritativeDefinitions}, {@code
 *     customProperties}), kept as read
 */
public record ProductDescription(
    Optional<String> purpose,
    Optional<String> usage,
    Optional<String> limitations,
    Map<String, JsonValue> extensions) {
  /**
   * Checks and copies the components.
   *
   * @param purpose the intended purpose of the data
   * @param usage the recommended usage
   * @param limitations technical, compliance and legal limitations of use
   * @param extensions other fields of the ODPS object, kept as read
   * @throws ProductDefinitionException if a text is blank
   */
  public ProductDescription {
    Checks.notBlank("ProductDescription", "purpose", purpose);
    Checks.notBlank("ProductDescription", "usage", usage);
    Checks.notBlank("ProductDescription", "limitations", limitations);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A description with a purpose only.
   *
   * @param purpose the purpose
   * @return the description
   */
  public static ProductDescription of(String purpose) {
    return new ProductDescription(
        Optional.of(purpose), Optional.empty(), Optional.empty(), Map.of());
  }

  /**
   * A description with purpose, usage and limitations.
   *
   * @param purpose the purpose
   * @param usage the recommended usage
   * @param limitations the limitations
   * @return the description
   */
  public static ProductDescription of(String purpose, String usage, String limitations) {
    return new ProductDescription(
        Optional.of(purpose), Optional.of(usage), Optional.of(limitations), Map.of());
  }
}
