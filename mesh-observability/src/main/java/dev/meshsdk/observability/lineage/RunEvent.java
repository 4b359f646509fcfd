package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A run-time OpenLineage event: a state transition of a {@link Run} of a {@link Job}, with the
 * datasets it read and wrote. Events of one run share the run id and are accumulative: inputs,
 * outputs and facets may be spread over them.
 *
 * @param eventType the transition
 * @param eventTime when it happened
 * @param producer the code that produced the event
 * @param run the run
 * @param job the job
 * @param inputs the datasets read
 * @param outputs the datasets written
 */
public record RunEvent(
    EventType eventType,
    Instant eventTime,
    URI producer,
    Run run,
    Job job,
    List<InputDataset> inputs,
    List<OutputDataset> outputs)
    implements LineageEvent {
  private static final URI SCHEMA = SchemaUrls.core("RunEvent");

  /**
   * Checks the components and copies the lists.
   *
   * @param eventType the transition
   * @param eventTime when it happened
   * @param producer the producer URI, absolute
   * @param run the run
   * @param job the job
   * @param inputs the datasets read
   * @param outputs the datasets written
   */
  public RunEvent {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(eventTime, "eventTime");
    Events.checkProducer(producer);
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(job, "job");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }

  /**
   * A new builder; the event time defaults to now, the producer to {@link Lineage#PRODUCER}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this event's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.eventType = eventType;
    b.eventTime = eventTime;
    b.producer = producer;
    b.run = run;
    b.job = job;
    b.inputs = new ArrayList<>(inputs);
    b.outputs = new ArrayList<>(outputs);
    return b;
  }

  /** Builds a {@link RunEvent}. */
  public static final class Builder {
    private @Nullable EventType eventType;
    private Instant eventTime = Instant.now();
    private URI producer = Lineage.PRODUCER;
    private @Nullable Run run;
    private @Nullable Job job;
    private List<InputDataset> inputs = new ArrayList<>();
    private List<OutputDataset> outputs = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the transition (required).
     *
     * @param eventType the value
     * @return this
     */
    public Builder eventType(EventType eventType) {
      this.eventType = Objects.requireNonNull(eventType, "eventType");
      return this;
    }

    /**
     * Sets when the event happened (default: when the builder was made).
     *
     * @param eventTime the value
     * @return this
     */
    public Builder eventTime(Instant eventTime) {
      this.eventTime = Objects.requireNonNull(eventTime, "eventTime");
      return this;
    }

    /**
     * Sets the producer (default {@link Lineage#PRODUCER}).
     *
     * @param producer the value, an absolute URI
     * @return this
     */
    public Builder producer(URI producer) {
      this.producer = Events.checkProducer(producer);
      return this;
    }

    /**
     * Sets the run (default: a new {@link UuidV7} run id without facets).
     *
     * @param run the value
     * @return this
     */
    public Builder run(Run run) {
      this.run = Objects.requireNonNull(run, "run");
      return this;
    }

    /**
     * Sets the run to one with this id and these facets.
     *
     * @param runId the run's id
     * @param facets the run facets
     * @return this
     */
    public Builder run(UUID runId, RunFacet... facets) {
      return run(Run.of(runId, facets));
    }

    /**
     * Sets the job (required).
     *
     * @param job the value
     * @return this
     */
    public Builder job(Job job) {
      this.job = Objects.requireNonNull(job, "job");
      return this;
    }

    /**
     * Adds a dataset read.
     *
     * @param input the dataset
     * @return this
     */
    public Builder input(InputDataset input) {
      inputs.add(Objects.requireNonNull(input, "input"));
      return this;
    }

    /**
     * Adds a dataset written.
     *
     * @param output the dataset
     * @return this
     */
    public Builder output(OutputDataset output) {
      outputs.add(Objects.requireNonNull(output, "output"));
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalStateException if the event type or the job was not set
     */
    public RunEvent build() {
      if (eventType == null) {
        throw new IllegalStateException(
            "RunEvent.eventType is required: call eventType(...) before build()");
      }
      if (job == null) {
        throw new IllegalStateException("RunEvent.job is required: call job(...) before build()");
      }
      Run r = run != null ? run : Run.of(UuidV7.next());
      return new RunEvent(eventType, eventTime, producer, r, job, inputs, outputs);
    }
  }
}
