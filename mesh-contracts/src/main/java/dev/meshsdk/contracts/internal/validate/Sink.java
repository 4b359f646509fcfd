package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects violations up to a limit. */
final class Sink {
  private final List<Violation> violations = new ArrayList<>(4);
  private final int max;

  Sink(int max) {
    this.max = max;
  }

  void add(Path path, String rule, String message) {
    if (violations.size() < max) {
      violations.add(new Violation(path.toString(), rule, message));
    }
  }

  boolean full() {
    return violations.size() >= max;
  }

  List<Violation> violations() {
    return violations;
  }
}
