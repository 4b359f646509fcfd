package dev.meshsdk.testkit.assertions;

import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.publish.DeadLetter;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on the dead letters of an {@link InMemoryDeadLetterSink}; messages list each dead
 * letter's reason and violations (rule and path), never the record.
 */
public final class DeadLettersAssert {
  private final InMemoryDeadLetterSink<?> actual;

  DeadLettersAssert(InMemoryDeadLetterSink<?> actual) {
    this.actual = actual;
  }

  /**
   * Asserts that some dead letter broke a rule at a path.
   *
   * @param rule the rule id, such as {@code required}
   * @param path the path, such as {@code order_id}
   * @return this
   * @throws AssertionError listing the dead letters otherwise
   */
  public DeadLettersAssert hasDeadLetter(String rule, String path) {
    List<? extends DeadLetter<?>> letters = actual.snapshot();
    for (DeadLetter<?> d : letters) {
      for (Violation v : d.violations()) {
        if (v.rule().equals(rule) && v.path().equals(path)) {
          return this;
        }
      }
    }
    throw new AssertionError(
        "Expected a dead letter breaking rule '"
            + rule
            + "' at '"
            + path
            + "', but "
            + (letters.isEmpty() ? "there is no dead letter" : "found:" + list(letters)));
  }

  /**
   * Asserts how many records were dead-lettered.
   *
   * @param expected the number
   * @return this
   * @throws AssertionError naming both counts and listing the dead letters otherwise
   */
  public DeadLettersAssert hasDeadLetters(int expected) {
    List<? extends DeadLetter<?>> letters = actual.snapshot();
    if (letters.size() != expected) {
      throw new AssertionError(
          "Expected "
              + expected
              + " dead letter(s), but found "
              + letters.size()
              + (letters.isEmpty() ? "" : ":" + list(letters)));
    }
    return this;
  }

  /**
   * Asserts that no record was dead-lettered.
   *
   * @return this
   * @throws AssertionError listing the dead letters otherwise
   */
  public DeadLettersAssert isEmpty() {
    return hasDeadLetters(0);
  }

  private static String list(List<? extends DeadLetter<?>> letters) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < letters.size(); i++) {
      DeadLetter<?> d = letters.get(i);
      sb.append("\n  - #")
          .append(i + 1)
          .append(' ')
          .append(d.reason())
          .append(": ")
          .append(
              d.violations().isEmpty()
                  ? "(no violation)"
                  : d.violations().stream()
                      .map(v -> v.rule() + " at '" + v.path() + "'")
                      .collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }
}
