/**
 * Publishing records to a data product's output port: {@link dev.meshsdk.core.publish.Publisher}
 * validates each record against the port's contract, writes the valid ones to a {@link
 * dev.meshsdk.core.publish.Sink}, sends the others with all their violations to a {@link
 * dev.meshsdk.core.publish.DeadLetterSink} according to an {@link
 * dev.meshsdk.core.publish.InvalidDataPolicy}, counts everything exactly ({@link
 * dev.meshsdk.core.publish.PublisherStats}) and tells {@link dev.meshsdk.core.event.MeshListener}s.
 *
 * <p>Sinks provided: {@link dev.meshsdk.core.publish.InMemorySink}, {@link
 * dev.meshsdk.core.publish.JsonLinesFileSink} (crash-safe batches), {@link
 * dev.meshsdk.core.publish.FunctionSink}; dead-letter sinks: {@link
 * dev.meshsdk.core.publish.InMemoryDeadLetterSink}, {@link
 * dev.meshsdk.core.publish.JsonLinesDeadLetterSink}.
 */
@NullMarked
package dev.meshsdk.core.publish;

import org.jspecify.annotations.NullMarked;
