package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.Map;

/** Checks of facet maps. */
final class Facets {
  private Facets() {}

  static <F extends Facet> Map<String, F> checked(Map<String, F> facets, String name) {
    Map<String, F> copy = Checks.orderedCopy(facets, name);
    copy.forEach(
        (k, f) -> {
          if (!k.equals(f.key())) {
            throw new IllegalArgumentException(
                name
                    + " must hold each facet under its own key: "
                    + f.getClass().getSimpleName()
                    + " was under '"
                    + k
                    + "' instead of '"
                    + f.key()
                    + "'");
          }
        });
    return copy;
  }
}
