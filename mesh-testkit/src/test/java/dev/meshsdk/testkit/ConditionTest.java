package dev.meshsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
  @Test
  void patternsAreEcmaScriptAsInOdcsContracts() {
    // [^] is "any character" in ECMA-262 and a syntax error in java.util.regex.
    Condition anything = Condition.matches("code", "^[^]+$");

    assertThat(anything.test(Map.of("code", "x\ny"))).isTrue();
    assertThat(anything.test(Map.of("code", ""))).isFalse();
  }

  @Test
  void patternsAreSearchedAnywhereInTheText() {
    Condition ord = Condition.matches("order_id", "ORD-[0-9]{3}");

    assertThat(ord.test(Map.of("order_id", "id ORD-123 here"))).isTrue();
    assertThat(ord.test(Map.of("order_id", "ORD-12"))).isFalse();
    assertThat(ord.test(Map.of("order_id", 123))).isFalse();
  }

  @Test
  void anInvalidPatternIsRefusedNamingIt() {
    assertThatThrownBy(() -> Condition.matches("code", "[a-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pattern: not a valid ECMA-262 regular expression: '[a-'");
  }
}
