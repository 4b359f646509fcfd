/**
 * Implementation of mesh-kafka: JSON encoding of records and keys, header names, the batch producer
 * shared by the sink and the dead-letter sink. Not API: may change in any release.
 */
@NullMarked
package dev.meshsdk.kafka.internal;

import org.jspecify.annotations.NullMarked;
