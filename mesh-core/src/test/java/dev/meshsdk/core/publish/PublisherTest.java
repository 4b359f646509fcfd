package dev.meshsdk.core.publish;

import static dev.meshsdk.core.publish.Fixtures.CONTRACT;
import static dev.meshsdk.core.publish.Fixtures.PORT;
import static dev.meshsdk.core.publish.Fixtures.SECRET_EMAIL;
import static dev.meshsdk.core.publish.Fixtures.badLineOrder;
import static dev.meshsdk.core.publish.Fixtures.badOrder;
import static dev.meshsdk.core.publish.Fixtures.leakyOrder;
import static dev.meshsdk.core.publish.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishEvent;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.event.PublishStarted;
import dev.meshsdk.core.event.RecordsRejected;
import dev.meshsdk.core.publish.Fixtures.Recorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The publisher: every policy, every failure path, events, accounting of one thread. */
class PublisherTest {
  private final InMemorySink<Map<String, ?>> sink = new InMemorySink<>();
  private final InMemoryDeadLetterSink<Map<String, ?>> dead = new InMemoryDeadLetterSink<>();
  private final Recorder recorder = new Recorder();

  private Publisher.Builder<Map<String, ?>> builder(InvalidDataPolicy policy) {
    return Publisher.builder(PORT, CONTRACT, "orders")
        .sink(sink)
        .deadLetters(dead)
        .policy(policy)
        .listener(recorder)
        .clock(Fixtures.tickingClock());
  }

  @Test
  void rejectRecordWritesValidRecordsAndDeadLettersInvalidOnesWithAllTheirViolations() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.REJECT_RECORD).build();

    PublishOutcome outcome = p.publish(List.of(order(1), badOrder(2), order(3)));

    assertThat(outcome).isInstanceOf(PublishOutcome.Completed.class);
    assertThat(outcome.counts()).isEqualTo(new PublishCounts(2, 1, 0));
    assertThat(sink.snapshot()).containsExactly(order(1), order(3));
    assertThat(sink.batches()).isEqualTo(1);
    DeadLetter<Map<String, ?>> letter = dead.snapshot().get(0);
    assertThat(letter.record()).isEqualTo(badOrder(2));
    assertThat(letter.reason()).isEqualTo(DeadLetter.Reason.INVALID);
    assertThat(letter.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("order_id", "pattern"),
            org.assertj.core.api.Assertions.tuple("amount", "minimum"));
    assertThat(letter.port()).isEqualTo(PORT);
    assertThat(letter.runId()).isEqualTo(outcome.run().runId());
    PublishOutcome.Completed completed = outcome.orThrow();
    assertThat(completed.violations().byRule())
        .containsExactly(Map.entry("minimum", 1), Map.entry("pattern", 1));
    assertThat(p.stats())
        .isEqualTo(
            PublisherStats.builder()
                .offered(3)
                .written(2)
                .rejected(1)
                .rejectionsByRule(Map.of("pattern", 1L, "minimum", 1L))
                .build());
  }

  @Test
  void rejectRecordWithOnlyInvalidRecordsNeverCallsTheSink() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.REJECT_RECORD).build();

    PublishOutcome outcome = p.publish(badOrder(1));

    assertThat(outcome.counts()).isEqualTo(new PublishCounts(0, 1, 0));
    assertThat(sink.batches()).isZero();
    assertThat(dead.records()).containsExactly(badOrder(1));
  }

  @Test
  void failBatchWritesNothingDeadLettersTheWholeBatchAndThrows() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.FAIL_BATCH).build();

    BatchRejectedException e =
        catchThrowableOfType(
            BatchRejectedException.class,
            () -> p.publish(List.of(order(1), badOrder(2), order(3))));

    assertThat(e)
        .hasMessageStartingWith("port sales/orders@1.0.0#orders-v1 (contract orders@1.0.0): batch")
        .hasMessageContaining("batch of 3 records rejected by policy FAIL_BATCH because 1 broke")
        .hasMessageContaining("by rule {minimum=1, pattern=1}")
        .hasMessageContaining("by path {amount=1, order_id=1}")
        .hasMessageContaining("the whole batch went to the dead-letter sink")
        .hasMessageNotContaining("BAD-2");
    assertThat(e).isInstanceOf(MeshException.class);
    assertThat(e.outcome().counts()).isEqualTo(new PublishCounts(0, 3, 0));
    assertThat(sink.snapshot()).isEmpty();
    assertThat(dead.snapshot())
        .extracting(DeadLetter::reason)
        .containsExactly(
            DeadLetter.Reason.BATCH_REJECTED,
            DeadLetter.Reason.INVALID,
            DeadLetter.Reason.BATCH_REJECTED);
    assertThat(dead.snapshot().get(0).violations()).isEmpty();
    assertThat(dead.snapshot().get(1).violations()).hasSize(2);
    assertThat(p.stats().offered()).isEqualTo(3);
    assertThat(p.stats().rejected()).isEqualTo(3);
    assertThat(p.stats().written()).isZero();
    assertThat(recorder.of(PublishCompleted.class)).hasSize(1);
    assertThat(recorder.of(RecordsRejected.class).get(0).records()).isEqualTo(3);
  }

  @Test
  void failBatchWritesAValidBatchWhole() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.FAIL_BATCH).build();

    PublishOutcome outcome = p.publish(List.of(order(1), order(2)));

    assertThat(outcome.counts()).isEqualTo(new PublishCounts(2, 0, 0));
    assertThat(sink.snapshot()).hasSize(2);
    assertThat(dead.size()).isZero();
  }

  @Test
  void warnWritesInvalidRecordsAndReportsAndCountsTheirViolations() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.WARN).build();

    PublishOutcome.Completed outcome =
        p.publish(List.of(order(1), badOrder(2), leakyOrder(3))).orThrow();

    assertThat(sink.snapshot()).containsExactly(order(1), badOrder(2), leakyOrder(3));
    assertThat(dead.size()).isZero();
    assertThat(outcome.counts()).isEqualTo(new PublishCounts(3, 0, 0));
    assertThat(outcome.violations().records()).isEqualTo(2);
    assertThat(outcome.violations().byRule())
        .containsExactly(Map.entry("minimum", 1), Map.entry("pattern", 2));
    assertThat(p.stats().warned()).isEqualTo(2);
    assertThat(p.stats().written()).isEqualTo(3);
    assertThat(p.stats().rejectionsByRule()).isEmpty();
    assertThat(recorder.of(RecordsRejected.class)).isEmpty();
    assertThat(recorder.of(PublishCompleted.class).get(0).violations())
        .isEqualTo(outcome.violations());
  }

  @Test
  void aFailingSinkGivesAFailedOutcomeAndNothingCountsAsWritten() {
    Publisher<Map<String, ?>> p =
        Publisher.builder(PORT, CONTRACT, "orders")
            .sink(
                batch -> {
                  throw new IllegalStateException("connection reset");
                })
            .deadLetters(dead)
            .listener(recorder)
            .build();

    PublishOutcome outcome = p.publish(List.of(order(1), badOrder(2), order(3)));

    PublishOutcome.Failed failed = (PublishOutcome.Failed) outcome;
    assertThat(failed.counts()).isEqualTo(new PublishCounts(0, 1, 2));
    assertThat(failed.cause())
        .isInstanceOf(SinkException.class)
        .hasMessage(
            "port sales/orders@1.0.0#orders-v1 (contract orders@1.0.0): the sink failed to write 2"
                + " records; none of them was written (the 1 rejected records are in the"
                + " dead-letter sink): java.lang.IllegalStateException")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(failed.cause().getCause()).hasMessage("connection reset");
    assertThatThrownBy(outcome::orThrow).isSameAs(failed.cause());
    assertThat(dead.records()).containsExactly(badOrder(2));
    assertThat(p.stats())
        .isEqualTo(
            PublisherStats.builder()
                .offered(3)
                .rejected(1)
                .failed(2)
                .rejectionsByRule(Map.of("pattern", 1L, "minimum", 1L))
                .build());
    PublishFailed event = recorder.of(PublishFailed.class).get(0);
    assertThat(event.causeType()).isEqualTo(SinkException.class.getName());
    assertThat(event.message()).isEqualTo(failed.cause().getMessage());
    assertThat(event.counts()).isEqualTo(failed.counts());
    assertThat(recorder.of(PublishCompleted.class)).isEmpty();
  }

  @Test
  void aFailingDeadLetterSinkFailsThePublishLoudlyAndWritesNothing() {
    Publisher<Map<String, ?>> p =
        Publisher.builder(PORT, CONTRACT, "orders")
            .sink(sink)
            .deadLetters(
                letters -> {
                  throw new SinkException("dead-letter store is full");
                })
            .listener(recorder)
            .build();

    assertThatThrownBy(() -> p.publish(List.of(order(1), badOrder(2))))
        .isInstanceOf(SinkException.class)
        .hasMessage(
            "port sales/orders@1.0.0#orders-v1 (contract orders@1.0.0): the dead-letter sink failed"
                + " to take 1 rejected records, so nothing of the batch of 2 was written or"
                + " dead-lettered; publish it again: dev.meshsdk.core.publish.SinkException")
        .cause()
        .hasMessage("dead-letter store is full");

    assertThat(sink.snapshot()).isEmpty();
    assertThat(p.stats()).isEqualTo(PublisherStats.builder().offered(2).failed(2).build());
    assertThat(recorder.of(PublishFailed.class)).hasSize(1);
  }

  @Test
  void aSinksMessageNeverReachesTheFailureOrItsEventButItsTypeDoes() {
    Publisher<Map<String, ?>> p =
        Publisher.builder(PORT, CONTRACT, "orders")
            .sink(
                batch -> {
                  throw new RuntimeException("value " + SECRET_EMAIL);
                })
            .deadLetters(dead)
            .listener(recorder)
            .build();

    PublishOutcome.Failed failed = (PublishOutcome.Failed) p.publish(List.of(order(1)));

    assertThat(failed.cause())
        .isInstanceOf(SinkException.class)
        .hasMessage(
            "port sales/orders@1.0.0#orders-v1 (contract orders@1.0.0): the sink failed to write 1"
                + " records; none of them was written: java.lang.RuntimeException");
    assertThat(failed.cause().toString()).doesNotContain(SECRET_EMAIL);
    // the original stays available to the application, as the cause
    assertThat(failed.cause().getCause()).hasMessage("value " + SECRET_EMAIL);
    PublishFailed event = recorder.of(PublishFailed.class).get(0);
    assertThat(event.toString()).doesNotContain(SECRET_EMAIL);
    assertThat(event.message()).endsWith(": java.lang.RuntimeException");
  }

  @Test
  void aSinkExceptionQuotingAValueIsWrappedByItsTypesOnly() {
    Publisher<Map<String, ?>> p =
        Publisher.builder(PORT, CONTRACT, "orders")
            .sink(sink)
            .deadLetters(
                letters -> {
                  RuntimeException jdbc = new IllegalArgumentException("value " + SECRET_EMAIL);
                  throw new SinkException("insert failed: " + jdbc.getMessage(), jdbc);
                })
            .listener(recorder)
            .build();

    SinkException thrown =
        catchThrowableOfType(SinkException.class, () -> p.publish(List.of(badOrder(2))));

    assertThat(thrown)
        .hasMessageEndingWith(
            "publish it again: dev.meshsdk.core.publish.SinkException caused by"
                + " java.lang.IllegalArgumentException");
    assertThat(thrown.getMessage()).doesNotContain(SECRET_EMAIL);
    PublishFailed event = recorder.of(PublishFailed.class).get(0);
    assertThat(event.toString()).doesNotContain(SECRET_EMAIL);
    assertThat(event.message()).isEqualTo(thrown.getMessage());
  }

  @Test
  void aCyclicOrDeepCauseChainIsNamedBriefly() {
    RuntimeException a = new IllegalStateException("a " + SECRET_EMAIL);
    RuntimeException b = new IllegalArgumentException("b", a);
    a.initCause(b);
    RuntimeException deep = new RuntimeException("0");
    for (int i = 1; i <= 7; i++) {
      deep = new RuntimeException(String.valueOf(i), deep);
    }
    RuntimeException[] throwing = {b};
    Publisher<Map<String, ?>> p =
        Publisher.builder(PORT, CONTRACT, "orders")
            .sink(
                batch -> {
                  throw throwing[0];
                })
            .deadLetters(dead)
            .build();

    PublishOutcome.Failed cyclic = (PublishOutcome.Failed) p.publish(order(1));
    throwing[0] = deep;
    PublishOutcome.Failed tall = (PublishOutcome.Failed) p.publish(order(2));

    assertThat(cyclic.cause().getMessage())
        .endsWith(
            "was written: java.lang.IllegalArgumentException caused by"
                + " java.lang.IllegalStateException")
        .doesNotContain(SECRET_EMAIL);
    assertThat(tall.cause().getMessage())
        .endsWith(
            "was written: java.lang.RuntimeException"
                + " caused by java.lang.RuntimeException".repeat(5)
                + " caused by ...");
  }

  @Test
  void aFailingListenerNeverBreaksAPublishAndLaterListenersStillHearEveryEvent() {
    List<String> calls = new ArrayList<>();
    Publisher<Map<String, ?>> p =
        builder(InvalidDataPolicy.REJECT_RECORD)
            .listener(
                e -> {
                  calls.add("failing");
                  throw new IllegalStateException("listener bug");
                })
            .listener(e -> calls.add("second"))
            .build();

    PublishOutcome outcome = p.publish(List.of(order(1), badOrder(2)));
    p.publish(order(3));

    assertThat(outcome.counts()).isEqualTo(new PublishCounts(1, 1, 0));
    assertThat(sink.size()).isEqualTo(2);
    // recorder (registered first), failing, second: in registration order for each event
    assertThat(calls.subList(0, 2)).containsExactly("failing", "second");
    assertThat(recorder.events()).hasSize(3 + 2);
    assertThat(calls).hasSize(2 * 5);
    assertThat(p.stats().listenerFailures()).isEqualTo(5);
  }

  @Test
  void eventsComeInOrderAndCarryThePortTheRunIdAndClockTimes() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.REJECT_RECORD).build();

    PublishOutcome outcome = p.publish(List.of(order(1), badOrder(2)));

    List<MeshEvent> events = recorder.events();
    assertThat(events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PublishStarted", "RecordsRejected", "PublishCompleted");
    UUID runId = outcome.run().runId();
    assertThat(runId.version()).isEqualTo(7);
    for (MeshEvent e : events) {
      assertThat(((PublishEvent) e).runId()).isEqualTo(runId);
      assertThat(((PublishEvent) e).port()).isEqualTo(PORT);
      assertThat(e.time()).isAfterOrEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }
    assertThat(events).extracting(MeshEvent::time).isSorted();
    PublishStarted started = (PublishStarted) events.get(0);
    assertThat(started.records()).isEqualTo(2);
    PublishCompleted completed = (PublishCompleted) events.get(2);
    assertThat(completed.counts()).isEqualTo(new PublishCounts(1, 1, 0));
    assertThat(completed.duration()).isPositive();
    assertThat(completed.bytesWritten()).isEqualTo(OptionalLong.empty());
  }

  @Test
  void rejectionEventsCountByRuleAndIndexFreePathAndHoldNoValues() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.REJECT_RECORD).build();

    p.publish(List.of(leakyOrder(1), badLineOrder(2), badOrder(3)));

    RecordsRejected rejected = recorder.of(RecordsRejected.class).get(0);
    assertThat(rejected.records()).isEqualTo(3);
    assertThat(rejected.violations().byRule())
        .containsExactly(
            Map.entry("minLength", 1), Map.entry("minimum", 1), Map.entry("pattern", 2));
    assertThat(rejected.violations().byPath())
        .containsExactly(
            Map.entry("amount", 1),
            Map.entry("email", 1),
            Map.entry("lines[].sku", 1),
            Map.entry("order_id", 1));
    for (MeshEvent e : recorder.events()) {
      assertThat(e.toString()).doesNotContain(SECRET_EMAIL).doesNotContain("BAD-3");
    }
    DeadLetter<Map<String, ?>> leaky = dead.snapshot().get(0);
    assertThat(leaky.violations().get(0).message()).doesNotContain(SECRET_EMAIL);
    assertThat(leaky.toString()).doesNotContain(SECRET_EMAIL).contains("email");
    assertThat(leaky.record().get("email")).isEqualTo(SECRET_EMAIL);
  }

  record Order(String order_id, String email, java.math.BigDecimal amount) {}

  @Test
  void publishesTypedRecords() {
    InMemorySink<Order> typed = new InMemorySink<>();
    InMemoryDeadLetterSink<Order> typedDead = new InMemoryDeadLetterSink<>();
    Publisher<Order> p =
        Publisher.builder(PORT, CONTRACT, "orders", Order.class)
            .sink(typed)
            .deadLetters(typedDead)
            .build();
    Order good = new Order("ORD-0001", "a@b.io", java.math.BigDecimal.ONE);
    Order bad = new Order("nope", "a@b.io", java.math.BigDecimal.ONE);

    PublishOutcome outcome = p.publish(List.of(good, bad));

    assertThat(outcome.counts()).isEqualTo(new PublishCounts(1, 1, 0));
    assertThat(typed.snapshot()).containsExactly(good);
    assertThat(typedDead.records()).containsExactly(bad);
  }

  static final class Exploding {
    public String getOrder_id() {
      throw new IllegalStateException("getter bug");
    }

    public java.math.BigDecimal getAmount() {
      return java.math.BigDecimal.ONE;
    }
  }

  @Test
  void aValidatorThatThrowsFailsTheWholeCallAndCountsItFailed() {
    Publisher<Exploding> p =
        Publisher.builder(PORT, CONTRACT, "orders", Exploding.class)
            .sink(new InMemorySink<>())
            .deadLetters(new InMemoryDeadLetterSink<>())
            .listener(recorder)
            .build();

    assertThatThrownBy(() -> p.publish(List.of(new Exploding(), new Exploding())))
        .isInstanceOf(MeshException.class)
        .hasMessageContaining(
            "port sales/orders@1.0.0#orders-v1 (contract orders@1.0.0): validating batch[0] threw"
                + " java.lang.IllegalStateException; nothing of the batch of 2 was written");
    assertThat(p.stats()).isEqualTo(PublisherStats.builder().offered(2).failed(2).build());
    assertThat(recorder.of(PublishFailed.class)).hasSize(1);
  }

  @Test
  void anEmptyBatchCompletesWithoutCallingTheSinks() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.REJECT_RECORD).build();

    PublishOutcome outcome = p.publish(List.of());

    assertThat(outcome.counts().offered()).isZero();
    assertThat(sink.batches()).isZero();
    assertThat(recorder.events()).hasSize(2);
  }

  @Test
  void refusesNullRecordsNamingTheIndex() {
    Publisher<Map<String, ?>> p = builder(InvalidDataPolicy.REJECT_RECORD).build();

    assertThatThrownBy(() -> p.publish(Arrays.asList(order(1), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("batch[1] is null");
    assertThat(p.stats()).isEqualTo(PublisherStats.empty());
  }

  @Test
  void theBuilderRefusesAMissingSinkOrDeadLetterSink() {
    assertThatThrownBy(() -> Publisher.builder(PORT, CONTRACT, "orders").deadLetters(dead).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Publisher.sink is required but was not set");
    assertThatThrownBy(() -> Publisher.builder(PORT, CONTRACT, "orders").sink(sink).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Publisher.deadLetters is required but was not set");
  }

  @Test
  void theBuilderRefusesAPortThatPromisesAnotherContract() {
    PortRef other = PORT.toBuilder().contractVersion("2.0.0").build();

    assertThatThrownBy(() -> Publisher.builder(other, CONTRACT, "orders"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "port sales/orders@1.0.0#orders-v1 (contract orders@2.0.0) promises contract"
                + " orders@2.0.0 but the contract given is orders@1.0.0");
  }

  @Test
  void theBuilderRefusesAnUnknownSchemaObject() {
    assertThatThrownBy(() -> Publisher.builder(PORT, CONTRACT, "customers"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("has no schema object 'customers'");
  }
}
