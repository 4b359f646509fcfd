package dev.meshsdk.kafka;

/**
 * What a {@link KafkaPortReader} does with a record that breaks its contract, names a contract
 * version the reader does not know, has no contract headers, or is not a JSON object.
 */
public enum InvalidRecordPolicy {
  /**
   * The default. The record is not returned; it goes to the reader's {@link InvalidRecordHandler}
   * (by default one that logs its position, reason, rule ids and paths) and reading goes on.
   */
  SKIP,

  /**
   * {@link KafkaPortReader#poll} throws an {@link InvalidRecordException} naming the record's
   * position, rules and paths. Nothing of that poll is returned and the consumer is rewound to the
   * start of it, so no record is skipped and the next poll meets the same record again.
   */
  FAIL,

  /**
   * The record is returned anyway, with its violations in {@link ReadRecord#violations()}, and a
   * warning is logged (position, rule ids and paths). A record that cannot be decoded as a JSON
   * object cannot be returned; it goes to the handler as under {@link #SKIP}.
   */
  WARN
}
