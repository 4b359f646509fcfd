package dev.meshsdk.observability.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.observability.telemetry.TestMesh;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaTermsTest {

  private static SlaProperty sla(String property, JsonValue value, String unit) {
    SlaProperty.Builder b = SlaProperty.builder().property(property).value(value);
    return unit.isEmpty() ? b.build() : b.unit(unit).build();
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "250, ms, PT0.25S",
    "1, s, PT1S",
    "30, sec, PT30S",
    "30, seconds, PT30S",
    "5, m, PT5M",
    "5, min, PT5M",
    "5, minutes, PT5M",
    "1, h, PT1H",
    "2, hour, PT2H",
    "1.5, HOURS, PT1H30M",
    "1, d, PT24H",
    "2, day, PT48H",
    "3, Days, PT72H",
    "1, y, PT8760H",
    "2, yr, PT17520H",
    "1, years, PT8760H",
    "0, d, PT0S",
  })
  void readsANumberWithATimeUnit(String value, String unit, String expected) {
    Duration d = SlaTerms.duration(sla("latency", new JsonValue.Num(new BigDecimal(value)), unit));

    assertThat(d).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest(name = "\"{0}\" = {1}")
  @CsvSource({"4d, PT96H", "36 hours, PT36H", "250ms, PT0.25S", "' 2 Min ', PT2M"})
  void readsAStringHoldingNumberAndUnitWhenThereIsNoUnit(String value, String expected) {
    assertThat(SlaTerms.duration(sla("frequency", new JsonValue.Str(value), "")))
        .isEqualTo(Duration.parse(expected));
  }

  @Test
  void readsANumericStringWithAUnit() {
    assertThat(SlaTerms.duration(sla("retention", new JsonValue.Str("7"), "d")))
        .isEqualTo(Duration.ofDays(7));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 | fortnights | SLA property 'latency' has unit 'fortnights', which is not a time unit;"
            + " use one of: ms, s, sec",
        "3 | % | SLA property 'latency' has unit '%', which is not a time unit",
        "-1 | d | SLA property 'latency' must not be negative, got -1 d",
      })
  void rejectsBadUnitsAndValuesNamingTheProperty(String value, String unit, String message) {
    SlaProperty p = sla("latency", new JsonValue.Num(new BigDecimal(value)), unit);

    assertThatThrownBy(() -> SlaTerms.duration(p))
        .isInstanceOfSatisfying(
            SlaDefinitionException.class, e -> assertThat(e.property()).isEqualTo("latency"))
        .hasMessageStartingWith(message);
  }

  @Test
  void rejectsANumberWithoutUnit() {
    assertThatThrownBy(
            () -> SlaTerms.duration(sla("frequency", new JsonValue.Num(BigDecimal.ONE), "")))
        .isInstanceOf(SlaDefinitionException.class)
        .hasMessageStartingWith("SLA property 'frequency' has no unit; a duration needs one of:")
        .hasMessageEndingWith("(got value 1)");
  }

  @Test
  void rejectsAStringThatIsNotANumberAndUnit() {
    assertThatThrownBy(() -> SlaTerms.duration(sla("frequency", new JsonValue.Str("daily"), "")))
        .isInstanceOf(SlaDefinitionException.class)
        .hasMessageStartingWith(
            "SLA property 'frequency' has no unit and its value 'daily' is not a number followed"
                + " by a time unit");
  }

  @Test
  void rejectsANonNumericValue() {
    assertThatThrownBy(() -> SlaTerms.duration(sla("frequency", new JsonValue.Bool(true), "d")))
        .isInstanceOf(SlaDefinitionException.class)
        .hasMessage("SLA property 'frequency' must be a number of d, got boolean true");
  }

  @Test
  void readsTheTermsOfAContractWithCaseInsensitiveNames() {
    SlaTerms terms = SlaTerms.of(TestMesh.CONTRACT);

    assertThat(terms.frequency()).contains(Duration.ofHours(1));
    assertThat(terms.latency()).contains(Duration.ofMinutes(10));
    assertThat(terms.retention()).contains(Duration.ofDays(1));
    assertThat(terms.availability()).contains(new BigDecimal("99.9"));
    assertThat(terms.judgesFreshness()).isTrue();
  }

  @Test
  void keepsTheStrictestValueOfARepeatedProperty() {
    SlaTerms terms =
        SlaTerms.of(
            List.of(
                sla("latency", new JsonValue.Num(BigDecimal.valueOf(4)), "d"),
                sla("LATENCY", new JsonValue.Num(BigDecimal.valueOf(12)), "h"),
                sla("availability", new JsonValue.Str("99.5%"), ""),
                sla("availability", new JsonValue.Num(new BigDecimal("99.95")), "percent"),
                sla("generalAvailability", new JsonValue.Str("2022-05-12T09:30:10-08:00"), "")));

    assertThat(terms.latency()).contains(Duration.ofHours(12));
    assertThat(terms.availability()).contains(new BigDecimal("99.95"));
    assertThat(terms.frequency()).isEmpty();
    assertThat(terms.judgesFreshness()).isFalse();
  }

  @Test
  void rejectsAnAvailabilityAbove100Percent() {
    assertThatThrownBy(
            () ->
                SlaTerms.of(
                    List.of(sla("Availability", new JsonValue.Num(BigDecimal.valueOf(120)), ""))))
        .isInstanceOfSatisfying(
            SlaDefinitionException.class, e -> assertThat(e.property()).isEqualTo("Availability"))
        .hasMessage(
            "slaProperties[0]: SLA property 'Availability' must be from 0 to 100 (percent), got"
                + " 120");
  }

  @Test
  void namesTheContractAndIndexOfABadProperty() {
    DataContract contract =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: shipments
            version: 2.0.0
            status: active
            slaProperties:
              - property: frequency
                value: 1
                unit: d
              - property: Latency
                value: 4
                unit: weeks
            """);

    assertThatThrownBy(() -> SlaTerms.of(contract))
        .isInstanceOfSatisfying(
            SlaDefinitionException.class, e -> assertThat(e.property()).isEqualTo("Latency"))
        .hasMessageStartingWith(
            "contract shipments@2.0.0: slaProperties[1]: SLA property 'Latency' has unit 'weeks',"
                + " which is not a time unit");
  }

  @Test
  void builderRejectsNegativeDurationsNamingTheTerm() {
    assertThatThrownBy(() -> SlaTerms.builder().frequency(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SlaTerms.frequency must not be negative, got PT-1H");
    assertThat(SlaTerms.builder().latency(Duration.ofMinutes(5)).build().toBuilder().build())
        .isEqualTo(
            new SlaTerms(
                Optional.empty(),
                Optional.of(Duration.ofMinutes(5)),
                Optional.empty(),
                Optional.empty()));
  }
}
