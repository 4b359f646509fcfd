package dev.meshsdk.observability.lineage.internal;

import dev.meshsdk.observability.lineage.ColumnMetrics;
import dev.meshsdk.observability.lineage.DataQualityMetricsDatasetFacet;
import dev.meshsdk.observability.lineage.DatasetEvent;
import dev.meshsdk.observability.lineage.DatasetName;
import dev.meshsdk.observability.lineage.DatasetVersionDatasetFacet;
import dev.meshsdk.observability.lineage.DatasourceDatasetFacet;
import dev.meshsdk.observability.lineage.DocumentationDatasetFacet;
import dev.meshsdk.observability.lineage.DocumentationJobFacet;
import dev.meshsdk.observability.lineage.ErrorMessageRunFacet;
import dev.meshsdk.observability.lineage.Facet;
import dev.meshsdk.observability.lineage.InputDataset;
import dev.meshsdk.observability.lineage.Job;
import dev.meshsdk.observability.lineage.JobEvent;
import dev.meshsdk.observability.lineage.JobTypeJobFacet;
import dev.meshsdk.observability.lineage.LifecycleStateChangeDatasetFacet;
import dev.meshsdk.observability.lineage.LineageEvent;
import dev.meshsdk.observability.lineage.MeshsdkValidationRunFacet;
import dev.meshsdk.observability.lineage.OutputDataset;
import dev.meshsdk.observability.lineage.OutputStatisticsOutputDatasetFacet;
import dev.meshsdk.observability.lineage.Owner;
import dev.meshsdk.observability.lineage.OwnershipDatasetFacet;
import dev.meshsdk.observability.lineage.OwnershipJobFacet;
import dev.meshsdk.observability.lineage.RunEvent;
import dev.meshsdk.observability.lineage.SchemaDatasetFacet;
import dev.meshsdk.observability.lineage.SchemaField;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes OpenLineage events as compact, single-line JSON with Jackson's streaming generator. Only
 * the fields of the model are written: there is no path by which a record value could enter.
 */
public final class EventWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private EventWriter() {}

  /**
   * The event as one line of JSON (no line break inside or at the end).
   *
   * @param event the event
   * @return the JSON text
   */
  public static String toJson(LineageEvent event) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      event(g, event);
    }
    return out.toString();
  }

  private static void event(JsonGenerator g, LineageEvent event) {
    g.writeStartObject();
    g.writeStringProperty("eventTime", time(event.eventTime()));
    g.writeStringProperty("producer", event.producer().toString());
    g.writeStringProperty("schemaURL", event.schemaUrl().toString());
    if (event instanceof RunEvent e) {
      g.writeStringProperty("eventType", e.eventType().name());
      g.writeName("run");
      g.writeStartObject();
      g.writeStringProperty("runId", e.run().runId().toString());
      facets(g, "facets", e.run().facets());
      g.writeEndObject();
      job(g, e.job());
      inputs(g, e.inputs());
      outputs(g, e.outputs());
    } else if (event instanceof JobEvent e) {
      job(g, e.job());
      inputs(g, e.inputs());
      outputs(g, e.outputs());
    } else if (event instanceof DatasetEvent e) {
      g.writeName("dataset");
      g.writeStartObject();
      name(g, e.dataset().dataset());
      facets(g, "facets", e.dataset().facets());
      g.writeEndObject();
    } else {
      throw new IllegalStateException("unknown event type " + event.getClass().getName());
    }
    g.writeEndObject();
  }

  private static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  private static void job(JsonGenerator g, Job job) {
    g.writeName("job");
    g.writeStartObject();
    g.writeStringProperty("namespace", job.namespace());
    g.writeStringProperty("name", job.name());
    facets(g, "facets", job.facets());
    g.writeEndObject();
  }

  private static void name(JsonGenerator g, DatasetName name) {
    g.writeStringProperty("namespace", name.namespace());
    g.writeStringProperty("name", name.name());
  }

  private static void inputs(JsonGenerator g, List<InputDataset> inputs) {
    g.writeName("inputs");
    g.writeStartArray();
    for (InputDataset d : inputs) {
      g.writeStartObject();
      name(g, d.dataset());
      facets(g, "facets", d.facets());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void outputs(JsonGenerator g, List<OutputDataset> outputs) {
    g.writeName("outputs");
    g.writeStartArray();
    for (OutputDataset d : outputs) {
      g.writeStartObject();
      name(g, d.dataset());
      facets(g, "facets", d.facets());
      facets(g, "outputFacets", d.outputFacets());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void facets(JsonGenerator g, String name, Map<String, ? extends Facet> facets) {
    if (facets.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<String, ? extends Facet> f : facets.entrySet()) {
      g.writeName(f.getKey());
      facet(g, f.getValue());
    }
    g.writeEndObject();
  }

  private static void facet(JsonGenerator g, Facet facet) {
    g.writeStartObject();
    g.writeStringProperty("_producer", facet.producer().toString());
    g.writeStringProperty("_schemaURL", facet.schemaUrl().toString());
    if (facet instanceof SchemaDatasetFacet f) {
      schemaFields(g, f.fields());
    } else if (facet instanceof DatasourceDatasetFacet f) {
      optional(g, "name", f.name());
      optional(g, "uri", f.uri().map(Object::toString));
    } else if (facet instanceof DocumentationDatasetFacet f) {
      g.writeStringProperty("description", f.description());
      optional(g, "contentType", f.contentType());
    } else if (facet instanceof DocumentationJobFacet f) {
      g.writeStringProperty("description", f.description());
      optional(g, "contentType", f.contentType());
    } else if (facet instanceof OwnershipDatasetFacet f) {
      owners(g, f.owners());
    } else if (facet instanceof OwnershipJobFacet f) {
      owners(g, f.owners());
    } else if (facet instanceof DatasetVersionDatasetFacet f) {
      g.writeStringProperty("datasetVersion", f.datasetVersion());
    } else if (facet instanceof LifecycleStateChangeDatasetFacet f) {
      g.writeStringProperty("lifecycleStateChange", f.lifecycleStateChange().name());
      if (f.previousIdentifier().isPresent()) {
        g.writeName("previousIdentifier");
        g.writeStartObject();
        name(g, f.previousIdentifier().get());
        g.writeEndObject();
      }
    } else if (facet instanceof DataQualityMetricsDatasetFacet f) {
      optionalNumber(g, "rowCount", f.rowCount());
      optionalNumber(g, "bytes", f.bytes());
      g.writeName("columnMetrics");
      g.writeStartObject();
      for (Map.Entry<String, ColumnMetrics> c : f.columnMetrics().entrySet()) {
        g.writeName(c.getKey());
        g.writeStartObject();
        optionalNumber(g, "nullCount", c.getValue().nullCount());
        optionalNumber(g, "distinctCount", c.getValue().distinctCount());
        optionalNumber(g, "count", c.getValue().count());
        g.writeEndObject();
      }
      g.writeEndObject();
    } else if (facet instanceof OutputStatisticsOutputDatasetFacet f) {
      g.writeNumberProperty("rowCount", f.rowCount());
      optionalNumber(g, "size", f.size());
    } else if (facet instanceof JobTypeJobFacet f) {
      g.writeStringProperty("processingType", f.processingType().name());
      g.writeStringProperty("integration", f.integration());
      optional(g, "jobType", f.jobType());
    } else if (facet instanceof ErrorMessageRunFacet f) {
      g.writeStringProperty("message", f.message());
      g.writeStringProperty("programmingLanguage", f.programmingLanguage());
      optional(g, "stackTrace", f.stackTrace());
    } else if (facet instanceof MeshsdkValidationRunFacet f) {
      g.writeNumberProperty("recordsOffered", f.recordsOffered());
      g.writeNumberProperty("recordsWritten", f.recordsWritten());
      g.writeNumberProperty("recordsRejected", f.recordsRejected());
      g.writeName("rejectedByRule");
      g.writeStartObject();
      for (Map.Entry<String, Long> r : f.rejectedByRule().entrySet()) {
        g.writeNumberProperty(r.getKey(), r.getValue());
      }
      g.writeEndObject();
      optional(g, "contractId", f.contractId());
      optional(g, "contractVersion", f.contractVersion());
    } else {
      throw new IllegalStateException("unknown facet type " + facet.getClass().getName());
    }
    g.writeEndObject();
  }

  private static void schemaFields(JsonGenerator g, List<SchemaField> fields) {
    g.writeName("fields");
    g.writeStartArray();
    for (SchemaField f : fields) {
      g.writeStartObject();
      g.writeStringProperty("name", f.name());
      optional(g, "type", f.type());
      optional(g, "description", f.description());
      if (f.ordinalPosition().isPresent()) {
        g.writeNumberProperty("ordinal_position", f.ordinalPosition().get());
      }
      if (!f.fields().isEmpty()) {
        schemaFields(g, f.fields());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void owners(JsonGenerator g, List<Owner> owners) {
    g.writeName("owners");
    g.writeStartArray();
    for (Owner o : owners) {
      g.writeStartObject();
      g.writeStringProperty("name", o.name());
      optional(g, "type", o.type());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void optionalNumber(JsonGenerator g, String name, Optional<Long> value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.get());
    }
  }
}
