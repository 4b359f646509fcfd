package dev.meshsdk.kafka;

import java.util.Objects;

/**
 * Where a record is: topic, partition and offset.
 *
 * @param topic the topic
 * @param partition the partition, not negative
 * @param offset the offset, not negative
 */
public record RecordPosition(String topic, int partition, long offset) {
  /**
   * Checks the components.
   *
   * @param topic the topic
   * @param partition the partition, not negative
   * @param offset the offset, not negative
   * @throws IllegalArgumentException if the partition or offset is negative
   */
  public RecordPosition {
    Objects.requireNonNull(topic, "RecordPosition.topic");
    if (partition < 0) {
      throw new IllegalArgumentException("RecordPosition.partition must be >= 0: was " + partition);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("RecordPosition.offset must be >= 0: was " + offset);
    }
  }

  /**
   * {@code topic/partition@offset}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return topic + "/" + partition + "@" + offset;
  }
}
