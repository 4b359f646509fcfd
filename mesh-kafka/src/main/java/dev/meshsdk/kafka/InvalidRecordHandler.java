package dev.meshsdk.kafka;

/**
 * Receives the records a {@link KafkaPortReader} does not return under {@link
 * InvalidRecordPolicy#SKIP} (and the undecodable ones under {@link InvalidRecordPolicy#WARN}):
 * write them to a quarantine topic, count them, alert.
 *
 * <p>Called on the polling thread. An exception it throws propagates out of {@link
 * KafkaPortReader#poll} after the consumer was rewound to the start of that poll, as under {@link
 * InvalidRecordPolicy#FAIL}.
 */
@FunctionalInterface
public interface InvalidRecordHandler {

  /**
   * Handles one invalid record.
   *
   * @param record the record, its position and why it is invalid
   */
  void onInvalid(InvalidRecord record);
}
