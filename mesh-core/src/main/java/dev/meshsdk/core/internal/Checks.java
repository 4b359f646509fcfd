package dev.meshsdk.core.internal;

import dev.meshsdk.core.ProductDefinitionException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Invariant checks shared by the product model's constructors. Not API. */
public final class Checks {
  /** The prefix of custom property names meshsdk writes into ODPS documents. */
  public static final String RESERVED_PREFIX = "meshsdk.";

  private Checks() {}

  /**
   * Fails on a null or blank string.
   *
   * @param subject the thing defined, for the message
   * @param field the field
   * @param value the value
   * @return the value
   */
  public static String notBlank(String subject, String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new ProductDefinitionException(
          subject, field, "not-blank", "must not be blank, got '" + value + "'");
    }
    return value;
  }

  /**
   * Fails on a present but blank string.
   *
   * @param subject the thing defined
   * @param field the field
   * @param value the optional value
   * @return the value
   */
  public static Optional<String> notBlank(String subject, String field, Optional<String> value) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> notBlank(subject, field, v));
    return value;
  }

  /**
   * Copies a list of strings, failing on blank or repeated entries.
   *
   * @param subject the thing defined
   * @param field the field
   * @param values the strings
   * @return the copy
   */
  public static List<String> distinctNotBlank(
      String subject, String field, Collection<String> values) {
    List<String> copy = List.copyOf(values);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      String v = copy.get(i);
      notBlank(subject, field + "[" + i + "]", v);
      if (!seen.add(v)) {
        throw new ProductDefinitionException(
            subject, field + "[" + i + "]", "unique", "'" + v + "' is listed twice");
      }
    }
    return copy;
  }

  /**
   * Fails unless the value is an absolute URI (one with a scheme).
   *
   * @param subject the thing defined
   * @param field the field
   * @param value the value
   */
  public static void absoluteUri(String subject, String field, String value) {
    notBlank(subject, field, value);
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null) {
        throw new ProductDefinitionException(
            subject,
            field,
            "uri",
            "'"
                + value
                + "' is not an absolute URI: it needs a scheme such as file:, kafka:, https:");
      }
    } catch (URISyntaxException e) {
      throw new ProductDefinitionException(
          subject, field, "uri", "'" + value + "' is not a URI: " + e.getReason());
    }
  }

  /**
   * Fails when a custom property name uses the prefix meshsdk reserves for its own ODPS fields.
   *
   * @param subject the thing defined
   * @param field the field
   * @param property the property name
   */
  public static void notReserved(String subject, String field, String property) {
    if (property.startsWith(RESERVED_PREFIX)) {
      throw new ProductDefinitionException(
          subject,
          field,
          "reserved-property",
          "custom property '"
              + property
              + "' uses the prefix '"
              + RESERVED_PREFIX
              + "', which meshsdk reserves for the fields it writes into ODPS documents");
    }
  }
}
