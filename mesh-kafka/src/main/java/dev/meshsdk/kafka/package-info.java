/**
 * Kafka for data products.
 *
 * <ul>
 *   <li>{@link dev.meshsdk.kafka.KafkaSink}: a publisher's sink that writes valid records to a
 *       topic as JSON, keyed by the contract's primary key, with headers naming product, port and
 *       contract; idempotent, optionally transactional.
 *   <li>{@link dev.meshsdk.kafka.KafkaDeadLetterSink}: rejected records to a dead-letter topic, the
 *       violations (rule ids and paths) in headers.
 *   <li>{@link dev.meshsdk.kafka.KafkaPortReader}: reads a port's topic for a consumer its access
 *       policy allows, validating each record against the contract version named in its headers.
 *   <li>{@link dev.meshsdk.kafka.ContractSerializer} and {@link
 *       dev.meshsdk.kafka.ContractDeserializer}: Kafka's serde interfaces, validating, for teams
 *       that keep their own producers and consumers.
 * </ul>
 */
@NullMarked
package dev.meshsdk.kafka;

import org.jspecify.annotations.NullMarked;
