package dev.meshsdk.samples;

import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.catalog.Catalog;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.ProductRegistered;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishEvent;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.event.PublishStarted;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.observability.lineage.ContractFacets;
import dev.meshsdk.observability.lineage.DatasetFacet;
import dev.meshsdk.observability.lineage.DatasetName;
import dev.meshsdk.observability.lineage.ErrorMessageRunFacet;
import dev.meshsdk.observability.lineage.EventType;
import dev.meshsdk.observability.lineage.InputDataset;
import dev.meshsdk.observability.lineage.Job;
import dev.meshsdk.observability.lineage.JobEvent;
import dev.meshsdk.observability.lineage.JobTypeJobFacet;
import dev.meshsdk.observability.lineage.LifecycleStateChangeDatasetFacet;
import dev.meshsdk.observability.lineage.LineageNames;
import dev.meshsdk.observability.lineage.LineageTransport;
import dev.meshsdk.observability.lineage.MeshsdkValidationRunFacet;
import dev.meshsdk.observability.lineage.OutputDataset;
import dev.meshsdk.observability.lineage.OutputStatisticsOutputDatasetFacet;
import dev.meshsdk.observability.lineage.RunEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns mesh events into OpenLineage events: a job event when a product is registered, and START,
 * COMPLETE or FAIL run events for every publish, with the product's input ports as input datasets.
 *
 * <p>This is the demo's stand-in for mesh-observability's {@code LineageListener}; {@link
 * MeshDemo#lineageListener} is the one place to swap it.
 */
final class DemoLineage implements MeshListener {
  private final LineageTransport transport;
  private final Catalog catalog;

  DemoLineage(LineageTransport transport, Catalog catalog) {
    this.transport = transport;
    this.catalog = catalog;
  }

  @Override
  public void onEvent(MeshEvent event) {
    if (event instanceof ProductRegistered registered) {
      registered(registered.product());
    } else if (event instanceof PublishStarted started) {
      transport.send(run(started, EventType.START).build());
    } else if (event instanceof PublishCompleted done) {
      PortRef port = done.port();
      MeshsdkValidationRunFacet.Builder validation =
          MeshsdkValidationRunFacet.builder()
              .recordsOffered(done.counts().offered())
              .recordsWritten(done.counts().written())
              .recordsRejected(done.counts().rejected())
              .contract(port.contractId(), port.contractVersion());
      done.violations().byRule().forEach(validation::rejectedByRule);
      RunEvent.Builder b =
          run(done, EventType.COMPLETE)
              .eventTime(done.time())
              .run(done.runId(), validation.build());
      output(port)
          .ifPresent(
              o ->
                  b.output(
                      o.toBuilder()
                          .outputFacet(
                              OutputStatisticsOutputDatasetFacet.of(done.counts().written()))
                          .build()));
      transport.send(b.build());
    } else if (event instanceof PublishFailed failed) {
      transport.send(
          run(failed, EventType.FAIL)
              .eventTime(failed.time())
              .run(failed.runId(), ErrorMessageRunFacet.java(failed.message()))
              .build());
    }
  }

  private void registered(DataProduct product) {
    JobEvent.Builder b = JobEvent.builder(job(product.domain().orElse("mesh"), product.id()));
    for (InputPort in : product.inputPorts()) {
      input(in).ifPresent(b::input);
    }
    for (OutputPort out : product.outputPorts()) {
      dataset(out)
          .ifPresent(
              name ->
                  b.output(
                      OutputDataset.builder(name)
                          .facets(facets(out))
                          .facet(
                              LifecycleStateChangeDatasetFacet.of(
                                  LifecycleStateChangeDatasetFacet.Change.CREATE))
                          .build()));
    }
    transport.send(b.build());
  }

  private RunEvent.Builder run(PublishEvent event, EventType type) {
    PortRef port = event.port();
    RunEvent.Builder b =
        RunEvent.builder()
            .eventType(type)
            .eventTime(event.run().startedAt())
            .run(event.runId())
            .job(job(port.domain(), port.productId() + "." + port.portName()));
    catalog
        .get(port.productId(), port.productVersion())
        .ifPresent(p -> p.inputPorts().forEach(in -> input(in).ifPresent(b::input)));
    if (type == EventType.START) {
      output(port).ifPresent(b::output);
    }
    return b;
  }

  private static Job job(String namespace, String name) {
    return Job.of(
        namespace, name, JobTypeJobFacet.meshsdk(JobTypeJobFacet.ProcessingType.BATCH, "PUBLISH"));
  }

  private Optional<InputDataset> input(InputPort in) {
    return in.upstreamProductId()
        .flatMap(catalog::latest)
        .flatMap(
            up ->
                up.outputPorts().stream()
                    .filter(o -> o.contractId().equals(Optional.of(in.contractId())))
                    .findFirst())
        .flatMap(
            o ->
                dataset(o)
                    .map(name -> InputDataset.of(name, facets(o).toArray(new DatasetFacet[0]))));
  }

  private Optional<OutputDataset> output(PortRef port) {
    return catalog
        .get(port.productId(), port.productVersion())
        .flatMap(p -> p.outputPort(port.portName()))
        .flatMap(
            o -> dataset(o).map(name -> OutputDataset.builder(name).facets(facets(o)).build()));
  }

  private static List<DatasetFacet> facets(OutputPort port) {
    List<DatasetFacet> facets = new ArrayList<>();
    port.contract()
        .ifPresent(
            c ->
                port.publishedSchemaObject()
                    .ifPresent(o -> facets.addAll(ContractFacets.datasetFacets(c, o.name()))));
    return facets;
  }

  private static Optional<DatasetName> dataset(OutputPort port) {
    return port.location().map(l -> LineageNames.fromUri(URI.create(l)));
  }
}
