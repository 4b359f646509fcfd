package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Registry-style compatibility modes over a version history. */
class ContractCompatibilityTest {
  private static DataContract version(String version, int maxLength) {
    return ContractDiffTest.variant(
        "version: 1.0.0", "version: " + version, "maxLength: 10", "maxLength: " + maxLength);
  }

  private final DataContract v1 = version("1.0.0", 10);
  private final DataContract v2 = version("2.0.0", 20);
  private final DataContract candidate = version("3.0.0", 15);
  private final List<DataContract> history = List.of(v1, v2);

  @Test
  void backwardComparesWithTheLatestFromTheProducersSide() {
    CompatibilityResult r =
        ContractCompatibility.check(history, candidate, CompatibilityMode.BACKWARD);
    assertThat(r.isCompatible()).isFalse();
    assertThat(r.comparisons())
        .extracting(CompatibilityResult.Comparison::version)
        .containsExactly("2.0.0");
    assertThat(r.incompatible().get(0).violations())
        .extracting(Change::rule)
        .containsExactly("max-length-decreased");
    assertThat(r.candidateVersion()).isEqualTo("3.0.0");
  }

  @Test
  void forwardAcceptsATighteningAgainstTheLatestButTransitiveFindsTheLooseningAgainstV1() {
    assertThat(
            ContractCompatibility.check(history, candidate, CompatibilityMode.FORWARD)
                .isCompatible())
        .isTrue();
    CompatibilityResult r =
        ContractCompatibility.check(history, candidate, CompatibilityMode.FORWARD_TRANSITIVE);
    assertThat(r.isCompatible()).isFalse();
    assertThat(r.comparisons()).hasSize(2);
    assertThat(r.incompatible()).hasSize(1);
    CompatibilityResult.Comparison c = r.incompatible().get(0);
    assertThat(c.version()).isEqualTo("1.0.0");
    assertThat(c.violations()).extracting(Change::rule).containsExactly("max-length-increased");
  }

  @Test
  void fullTransitiveReportsEveryVersionWithItsViolations() {
    CompatibilityResult r =
        ContractCompatibility.check(history, candidate, CompatibilityMode.FULL_TRANSITIVE);
    assertThat(r.incompatible())
        .extracting(CompatibilityResult.Comparison::version)
        .containsExactly("1.0.0", "2.0.0");
    assertThat(r.incompatible().get(0).violations())
        .extracting(Change::rule)
        .containsExactly("max-length-increased");
    assertThat(r.incompatible().get(1).violations())
        .extracting(Change::rule)
        .containsExactly("max-length-decreased");
    CompatibilityResult full =
        ContractCompatibility.check(history, candidate, CompatibilityMode.FULL);
    assertThat(full.comparisons()).hasSize(1);
    assertThat(full.isCompatible()).isFalse();
  }

  @Test
  void backwardTransitiveAcceptsACandidateThatOnlyLoosens() {
    DataContract looser = version("3.0.0", 30);
    assertThat(
            ContractCompatibility.check(history, looser, CompatibilityMode.BACKWARD_TRANSITIVE)
                .isCompatible())
        .isTrue();
    assertThat(
            ContractCompatibility.check(history, looser, CompatibilityMode.FORWARD_TRANSITIVE)
                .incompatible())
        .hasSize(2);
  }

  @Test
  void noneAndAnEmptyHistoryAreAlwaysCompatible() {
    CompatibilityResult none =
        ContractCompatibility.check(history, candidate, CompatibilityMode.NONE);
    assertThat(none.isCompatible()).isTrue();
    assertThat(none.comparisons()).isEmpty();
    assertThat(
            ContractCompatibility.check(List.of(), candidate, CompatibilityMode.FULL_TRANSITIVE)
                .isCompatible())
        .isTrue();
  }

  @Test
  void ignoredRulesAreNotViolations() {
    DiffOptions options = DiffOptions.builder().ignoreRule("max-length-decreased").build();
    assertThat(
            ContractCompatibility.check(history, candidate, CompatibilityMode.BACKWARD, options)
                .isCompatible())
        .isTrue();
  }
}
