package dev.meshsdk.kafka;

import dev.meshsdk.contracts.MeshException;
import java.util.Objects;

/**
 * Under {@link InvalidRecordPolicy#FAIL}, a {@link KafkaPortReader} met a record it cannot return.
 * Data breaking a contract, not a wrong definition. The message names the record's position, the
 * reason, the rule ids and the paths, never a value; nothing of the poll was returned and the
 * consumer was rewound to its start.
 */
public final class InvalidRecordException extends MeshException {
  private static final long serialVersionUID = 1L;

  private final transient InvalidRecord record;

  /**
   * Creates the exception.
   *
   * @param record the invalid record
   */
  public InvalidRecordException(InvalidRecord record) {
    super(
        Objects.requireNonNull(record, "record").describe()
            + "; nothing of this poll was returned and the consumer was rewound to its start");
    this.record = record;
  }

  /**
   * The record, its position and why it is invalid.
   *
   * @return the record
   */
  public InvalidRecord record() {
    return record;
  }
}
