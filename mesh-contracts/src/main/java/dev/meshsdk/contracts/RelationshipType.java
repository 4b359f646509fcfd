package dev.meshsdk.contracts;

import java.util.Optional;

/** The kind of a {@link Relationship} ({@code type}). The standard defines one, the default. */
public enum RelationshipType {
  /** A foreign key: the {@code from} properties refer to the {@code to} properties. */
  FOREIGN_KEY("foreignKey");

  private final String value;

  RelationshipType(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code foreignKey}.
   *
   * @return the spelling
   */
  public String value() {
    return value;
  }

  /**
   * The constant with that spelling (case-sensitive, as the standard).
   *
   * @param value the spelling
   * @return the constant, or empty if the standard has no such value
   */
  public static Optional<RelationshipType> fromValue(String value) {
    for (RelationshipType v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
