package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A link to the authoritative definition of something: a business glossary entry, an
 * implementation, a tutorial (ODCS {@code authoritativeDefinitions[]}).
 *
 * @param url where the definition lives (required)
 * @param type what kind of definition: {@code businessDefinition}, {@code implementation}, {@code
 *     tutorial}, {@code videoTutorial}, {@code canonicalUrl} ... (required)
 * @param description what it is
 * @param id a stable identifier
 * @param extensions fields the standard does not define, kept as read
 */
public record AuthoritativeDefinition(
    String url,
    String type,
    Optional<String> description,
    Optional<String> id,
    Map<String, JsonValue> extensions) {
  /**
   * Checks and copies the components.
   *
   * @param url where the definition lives (required)
   * @param type what kind of definition: {@code businessDefinition}, {@code implementation}, {@code
   *     tutorial}, {@code videoTutorial}, {@code canonicalUrl} ... (required)
   * @param description what it is
   * @param id a stable identifier
   * @param extensions fields the standard does not define, kept as read
   */
  public AuthoritativeDefinition {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(id, "id");
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A definition with a URL and a type.
   *
   * @param url the URL
   * @param type the type
   * @return the definition
   */
  public static AuthoritativeDefinition of(String url, String type) {
    return new AuthoritativeDefinition(url, type, Optional.empty(), Optional.empty(), Map.of());
  }
}
