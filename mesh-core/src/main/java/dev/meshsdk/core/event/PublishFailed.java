package dev.meshsdk.core.event;

import dev.meshsdk.core.publish.PublishCounts;
import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.core.publish.internal.Args;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A publish call failed: the sink or the dead-letter sink threw, or validation itself failed.
 * Records counted as failed were neither written nor dead-lettered.
 *
 * @param run the call
 * @param time when it failed
 * @param counts where the records went
 * @param causeType the failure's exception class name
 * @param message the failure's message; the publisher's names the port, what failed and the
 *     exception types only, never a sink's own message (which may quote record values); empty if it
 *     had none
 */
public record PublishFailed(
    PublishRun run, Instant time, PublishCounts counts, String causeType, String message)
    implements MeshEvent, PublishEvent {

  /**
   * Checks the components.
   *
   * @param run the call
   * @param time when it failed
   * @param counts the counts
   * @param causeType the exception class name, not blank
   * @param message the message, possibly empty
   */
  public PublishFailed {
    Objects.requireNonNull(run, "PublishFailed.run");
    Objects.requireNonNull(time, "PublishFailed.time");
    Objects.requireNonNull(counts, "PublishFailed.counts");
    Args.notBlank(causeType, "PublishFailed.causeType");
    Objects.requireNonNull(message, "PublishFailed.message");
  }

  /**
   * A new builder with an empty message.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this event's components.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().run(run).time(time).counts(counts).causeType(causeType).message(message);
  }

  /** Builds a {@link PublishFailed} event. */
  public static final class Builder {
    private @Nullable PublishRun run;
    private @Nullable Instant time;
    private @Nullable PublishCounts counts;
    private @Nullable String causeType;
    private String message = "";

    private Builder() {}

    /**
     * Sets the call.
     *
     * @param run the call
     * @return this builder
     */
    public Builder run(PublishRun run) {
      this.run = Objects.requireNonNull(run, "PublishFailed.run");
      return this;
    }

    /**
     * Sets when the call failed.
     *
     * @param time the time
     * @return this builder
     */
    public Builder time(Instant time) {
      this.time = Objects.requireNonNull(time, "PublishFailed.time");
      return this;
    }

    /**
     * Sets the counts.
     *
     * @param counts the counts
     * @return this builder
     */
    public Builder counts(PublishCounts counts) {
      this.counts = Objects.requireNonNull(counts, "PublishFailed.counts");
      return this;
    }

    /**
     * Sets the failure's exception class name.
     *
     * @param causeType the class name, not blank
     * @return this builder
     */
    public Builder causeType(String causeType) {
      this.causeType = Args.notBlank(causeType, "PublishFailed.causeType");
      return this;
    }

    /**
     * Sets the failure's message.
     *
     * @param message the message, possibly empty
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "PublishFailed.message");
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalStateException if the run, time, counts or cause type was not set
     */
    public PublishFailed build() {
      return new PublishFailed(
          Args.required(run, "PublishFailed.run"),
          Args.required(time, "PublishFailed.time"),
          Args.required(counts, "PublishFailed.counts"),
          Args.required(causeType, "PublishFailed.causeType"),
          message);
    }
  }
}
