package dev.meshsdk.observability.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.observability.telemetry.TestMesh;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreshnessThresholdsTest {

  @Test
  void frequencyPlusLatencyIsLateAndFactorTimesFrequencyPlusLatencyIsStale() {
    FreshnessThresholds t = FreshnessThresholds.of(SlaTerms.of(TestMesh.CONTRACT), 3);

    assertThat(t.lateAfter()).isEqualTo(Duration.parse("PT1H10M"));
    assertThat(t.staleAfter()).isEqualTo(Duration.parse("PT3H10M"));
  }

  @Test
  void retentionCapsTheStaleAge() {
    SlaTerms terms =
        SlaTerms.builder()
            .frequency(Duration.ofHours(1))
            .latency(Duration.ofMinutes(30))
            .retention(Duration.ofMinutes(80))
            .build();

    FreshnessThresholds t = FreshnessThresholds.of(terms, 2.5);

    assertThat(t.lateAfter()).isEqualTo(Duration.ofMinutes(80));
    assertThat(t.staleAfter()).isEqualTo(Duration.ofMinutes(80));
  }

  @Test
  void aFractionalFactorScalesTheFrequency() {
    SlaTerms terms = SlaTerms.builder().frequency(Duration.ofHours(1)).build();

    assertThat(FreshnessThresholds.of(terms, 1.5).staleAfter()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void retentionAloneHasNoLatePhase() {
    FreshnessThresholds t =
        FreshnessThresholds.of(SlaTerms.builder().retention(Duration.ofDays(2)).build(), 3);

    assertThat(t).isEqualTo(new FreshnessThresholds(Duration.ofDays(2), Duration.ofDays(2)));
    assertThat(t.classify(Duration.ofDays(2))).isEqualTo(FreshnessStatus.OK);
    assertThat(t.classify(Duration.ofDays(2).plusNanos(1))).isEqualTo(FreshnessStatus.STALE);
  }

  @Test
  void needsAFrequencyOrARetention() {
    SlaTerms latencyOnly = SlaTerms.builder().latency(Duration.ofHours(1)).build();

    assertThatThrownBy(() -> FreshnessThresholds.of(latencyOnly, 3))
        .isInstanceOfSatisfying(
            SlaDefinitionException.class, e -> assertThat(e.property()).isEqualTo("frequency"))
        .hasMessageContaining("freshness needs an SLA property 'frequency' or 'retention'");
  }

  @ParameterizedTest
  @CsvSource({"0.5", "NaN", "Infinity"})
  void rejectsAStaleFactorBelowOne(double factor) {
    SlaTerms terms = SlaTerms.builder().frequency(Duration.ofHours(1)).build();

    assertThatThrownBy(() -> FreshnessThresholds.of(terms, factor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staleFactor must be a finite number of at least 1, got " + factor);
  }

  @ParameterizedTest(name = "age {0} is {1}")
  @CsvSource({
    "PT0S, OK",
    "PT1H10M, OK",
    "PT1H10M0.000000001S, LATE",
    "PT3H10M, LATE",
    "PT3H10M1S, STALE",
  })
  void classifiesAgesInclusiveOfEachBound(String age, FreshnessStatus expected) {
    FreshnessThresholds t =
        new FreshnessThresholds(Duration.parse("PT1H10M"), Duration.parse("PT3H10M"));

    assertThat(t.classify(Duration.parse(age))).isEqualTo(expected);
  }

  @Test
  void rejectsStaleBeforeLate() {
    assertThatThrownBy(() -> new FreshnessThresholds(Duration.ofHours(2), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FreshnessThresholds.staleAfter must not be before lateAfter PT2H, got PT1H");
  }
}
