package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A design-time OpenLineage event: a {@link Job} and the datasets it reads and writes, without a
 * run. Registering a data product emits one to describe its static lineage.
 *
 * @param eventTime when it happened
 * @param producer the code that produced the event
 * @param job the job
 * @param inputs the datasets the job reads
 * @param outputs the datasets the job writes
 */
public record JobEvent(
    Instant eventTime,
    URI producer,
    Job job,
    List<InputDataset> inputs,
    List<OutputDataset> outputs)
    implements LineageEvent {
  private static final URI SCHEMA = SchemaUrls.core("JobEvent");

  /**
   * Checks the components and copies the lists.
   *
   * @param eventTime when it happened
   * @param producer the producer URI, absolute
   * @param job the job
   * @param inputs the datasets read
   * @param outputs the datasets written
   */
  public JobEvent {
    Objects.requireNonNull(eventTime, "eventTime");
    Events.checkProducer(producer);
    Objects.requireNonNull(job, "job");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }

  /**
   * A new builder for a job; the event time defaults to now, the producer to {@link
   * Lineage#PRODUCER}.
   *
   * @param job the job
   * @return the builder
   */
  public static Builder builder(Job job) {
    return new Builder(job);
  }

  /**
   * A builder holding this event's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(job);
    b.eventTime = eventTime;
    b.producer = producer;
    b.inputs = new ArrayList<>(inputs);
    b.outputs = new ArrayList<>(outputs);
    return b;
  }

  /** Builds a {@link JobEvent}. */
  public static final class Builder {
    private final Job job;
    private Instant eventTime = Instant.now();
    private URI producer = Lineage.PRODUCER;
    private List<InputDataset> inputs = new ArrayList<>();
    private List<OutputDataset> outputs = new ArrayList<>();

    private Builder(Job job) {
      this.job = Objects.requireNonNull(job, "job");
    }

    /**
     * Sets when the event happened.
     *
     * @param eventTime the value
     * @return this
     */
    public Builder eventTime(Instant eventTime) {
      this.eventTime = Objects.requireNonNull(eventTime, "eventTime");
      return this;
    }

    /**
     * Sets the producer.
     *
     * @param producer the value, an absolute URI
     * @return this
     */
    public Builder producer(URI producer) {
      this.producer = Events.checkProducer(producer);
      return this;
    }

    /**
     * Adds a dataset the job reads.
     *
     * @param input the dataset
     * @return this
     */
    public Builder input(InputDataset input) {
      inputs.add(Objects.requireNonNull(input, "input"));
      return this;
    }

    /**
     * Adds a dataset the job writes.
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
     */
    public JobEvent build() {
      return new JobEvent(eventTime, producer, job, inputs, outputs);
    }
  }
}
