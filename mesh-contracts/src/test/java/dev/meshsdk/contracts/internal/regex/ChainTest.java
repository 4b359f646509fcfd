package dev.meshsdk.contracts.internal.regex;

import static dev.meshsdk.contracts.internal.regex.Regex.Mode.FULL_MATCH;
import static dev.meshsdk.contracts.internal.regex.Regex.Mode.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Chain-shaped automata: which patterns are chains, and that a chain answers as the automaton. */
class ChainTest {
  /** Patterns with the expected answer to "is a chain". */
  static final List<Object[]> PATTERNS =
      List.of(
          new Object[] {"^ORD-[0-9]{8}$", SEARCH, true},
          new Object[] {"^[A-Z]{3}$", SEARCH, true},
          new Object[] {"^ab?$", SEARCH, true},
          new Object[] {"^ORD-", SEARCH, true},
          new Object[] {"^\\d\\d", SEARCH, true},
          new Object[] {"[A-Z]{3}", FULL_MATCH, true},
          new Object[] {"^[a-cx-z_.-]$", SEARCH, true},
          new Object[] {"^\\w$", SEARCH, true}, // 0-9, A-Z, _ and a-z: four ranges
          new Object[] {"^[\\w.]$", SEARCH, false}, // five ranges
          new Object[] {"^a+$", SEARCH, false},
          new Object[] {"ORD", SEARCH, false},
          new Object[] {"^(ab|cd)$", SEARCH, false},
          new Object[] {"^\\s*\\S[\\s\\S]*$", SEARCH, false},
          new Object[] {"^$", SEARCH, true});

  @Test
  void chainShapedPatternsAreFoundAndOthersAreNot() {
    for (Object[] p : PATTERNS) {
      Optional<Chain> chain = Chain.of(Regex.compile((String) p[0], (Regex.Mode) p[1]));
      assertThat(chain.isPresent()).as((String) p[0]).isEqualTo(p[2]);
    }
    Chain order = Chain.of(Regex.compile("^ORD-[0-9]{8}$", SEARCH)).orElseThrow();
    assertThat(order.steps()).isEqualTo(12);
    assertThat(order.ranges(0)).containsExactly('O', 'O');
    assertThat(order.ranges(4)).containsExactly('0', '9');
    assertThat(order.openEnd()).isFalse();
    assertThat(order.acceptsAt(12)).isTrue();
    assertThat(order.acceptsAt(11)).isFalse();
  }

  /** Matches and near misses of the patterns above. */
  static final List<String> NEAR_MATCHES =
      List.of(
          "ORD-12345678",
          "ORD-1234567",
          "ORD-123456789",
          "ORD-1234567A",
          "ORD",
          "ORD-",
          "ORD-x",
          "ABC",
          "AB",
          "ABCD",
          "AbC",
          "a",
          "ab",
          "abc",
          "b",
          "12",
          "1",
          "123",
          "",
          "x",
          "_",
          ".",
          "-",
          "d",
          "é");

  static Gen<String> texts() {
    Gen<Character> chars =
        Generate.pick(
            List.of(
                'O', 'R', 'D', '-', '0', '7', '9', 'A', 'Z', 'a', 'b', 'c', 'x', '_', '.', 'é',
                ' '));
    Gen<String> random =
        SourceDSL.lists()
            .of(chars)
            .ofSizeBetween(0, 14)
            .map(
                cs -> {
                  StringBuilder b = new StringBuilder();
                  cs.forEach(b::append);
                  return b.toString();
                });
    return random.mix(Generate.pick(NEAR_MATCHES), 40);
  }

  @Test
  void aChainAnswersWhatTheAutomatonAnswers() {
    for (Object[] p : PATTERNS) {
      Regex regex = Regex.compile((String) p[0], (Regex.Mode) p[1]);
      Optional<Chain> chain = Chain.of(regex);
      if (chain.isEmpty()) {
        continue;
      }
      qt().withExamples(2_000)
          .forAll(texts())
          .checkAssert(
              text ->
                  assertThat(chain.get().matches(text))
                      .as("%s on '%s'", p[0], text)
                      .isEqualTo(regex.matches(text)));
    }
  }
}
