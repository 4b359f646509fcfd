package dev.meshsdk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publishing values check their invariants with messages naming the field. */
class ValuesTest {
  @Test
  void portRefRefusesBlankComponentsAndMissingOnes() {
    assertThatThrownBy(() -> PortRef.builder().domain(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PortRef.domain must not be blank, got ' '");
    assertThatThrownBy(() -> Fixtures.PORT.toBuilder().build().toBuilder().portName(""))
        .hasMessage("PortRef.portName must not be blank, got ''");
    assertThatThrownBy(() -> PortRef.builder().domain("sales").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PortRef.productId is required but was not set");
    assertThat(Fixtures.PORT.toBuilder().build()).isEqualTo(Fixtures.PORT);
  }

  @Test
  void statsMustAddUp() {
    assertThatThrownBy(() -> PublisherStats.builder().offered(3).written(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "PublisherStats: offered must equal written + rejected + failed, got 3 != 1 + 0 + 0");
    assertThatThrownBy(
            () -> PublisherStats.builder().rejectionsByRule(Map.of("pattern", -1L)).build())
        .hasMessage("PublisherStats.rejectionsByRule[pattern] must not be negative, got -1");
  }

  @Test
  void summariesDropArrayIndicesAndCountRecordsOnce() {
    ViolationSummary s =
        ViolationSummary.of(
            List.of(
                List.of(
                    new Violation("lines[0].sku", "minLength", "too short"),
                    new Violation("lines[12].sku", "minLength", "too short")),
                List.of(),
                List.of(new Violation("", "undeclared", "x"))));

    assertThat(s.records()).isEqualTo(2);
    assertThat(s.byRule()).containsExactly(Map.entry("minLength", 2), Map.entry("undeclared", 1));
    assertThat(s.byPath()).containsExactly(Map.entry("(record)", 1), Map.entry("lines[].sku", 2));
  }

  @Test
  void anInvalidDeadLetterNeedsViolations() {
    assertThatThrownBy(
            () ->
                DeadLetter.<String>builder()
                    .port(Fixtures.PORT)
                    .runId(java.util.UUID.randomUUID())
                    .time(java.time.Instant.EPOCH)
                    .record("r")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DeadLetter.violations must not be empty when the reason is INVALID");
  }

  @Test
  void completedOutcomesHaveNoFailedRecords() {
    PublishRun run =
        new PublishRun(Fixtures.PORT, java.util.UUID.randomUUID(), java.time.Instant.EPOCH);
    assertThatThrownBy(
            () ->
                new PublishOutcome.Completed(
                    run, new PublishCounts(1, 0, 1), ViolationSummary.none()))
        .hasMessage("Completed.counts.failed must be 0, got 1");
  }
}
