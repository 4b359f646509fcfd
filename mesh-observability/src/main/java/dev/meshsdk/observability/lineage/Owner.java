package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner in an ownership facet.
 *
 * @param name the owner, URN style: {@code team:orders}, {@code user:jdoe}
 * @param type the kind of ownership, such as {@code MAINTAINER}
 */
public record Owner(String name, Optional<String> type) {
  /**
   * Checks the components.
   *
   * @param name the owner, not blank
   * @param type the kind of ownership
   */
  public Owner {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * An owner with a type.
   *
   * @param name the owner
   * @param type the kind of ownership
   * @return the owner
   */
  public static Owner of(String name, String type) {
    return new Owner(name, Optional.of(Checks.notBlank(type, "type")));
  }
}
