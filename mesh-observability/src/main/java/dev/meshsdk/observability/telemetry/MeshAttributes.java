package dev.meshsdk.observability.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys meshsdk puts on spans and metrics, in its own {@code mesh.} namespace (plus
 * the stable semantic-convention key {@code error.type}).
 *
 * <p>Metric attributes are low cardinality: they name the port, the contract, a rule id or an
 * outcome, never a run id or a record value. Span-only keys (run id, per-run counts) say so.
 */
public final class MeshAttributes {
  private MeshAttributes() {}

  /** The business domain that owns the data product ({@code PortRef.domain}). */
  public static final AttributeKey<String> DATA_PRODUCT_DOMAIN =
      AttributeKey.stringKey("mesh.data_product.domain");

  /** The data product's id ({@code PortRef.productId}). */
  public static final AttributeKey<String> DATA_PRODUCT_NAME =
      AttributeKey.stringKey("mesh.data_product.name");

  /** The data product's version ({@code PortRef.productVersion}). */
  public static final AttributeKey<String> DATA_PRODUCT_VERSION =
      AttributeKey.stringKey("mesh.data_product.version");

  /** The output port's name ({@code PortRef.portName}). */
  public static final AttributeKey<String> OUTPUT_PORT_NAME =
      AttributeKey.stringKey("mesh.output_port.name");

  /** The id of the data contract the port promises. */
  public static final AttributeKey<String> CONTRACT_ID = AttributeKey.stringKey("mesh.contract.id");

  /** The version of the data contract the port promises. */
  public static final AttributeKey<String> CONTRACT_VERSION =
      AttributeKey.stringKey("mesh.contract.version");

  /** Span only: the publish run's id (a UUID version 7). */
  public static final AttributeKey<String> PUBLISH_RUN_ID =
      AttributeKey.stringKey("mesh.publish.run_id");

  /** Span only: records the publish call offered. */
  public static final AttributeKey<Long> RECORDS_OFFERED =
      AttributeKey.longKey("mesh.publish.records.offered");

  /** Span only: records the sink accepted. */
  public static final AttributeKey<Long> RECORDS_WRITTEN =
      AttributeKey.longKey("mesh.publish.records.written");

  /** Span only (and span event {@code mesh.records.rejected}): records dead-lettered. */
  public static final AttributeKey<Long> RECORDS_REJECTED =
      AttributeKey.longKey("mesh.publish.records.rejected");

  /** Span only: records neither written nor dead-lettered because a sink failed. */
  public static final AttributeKey<Long> RECORDS_FAILED =
      AttributeKey.longKey("mesh.publish.records.failed");

  /** Span only: bytes the sink reported writing, when it reports them. */
  public static final AttributeKey<Long> BYTES_WRITTEN =
      AttributeKey.longKey("mesh.publish.bytes_written");

  /**
   * Window span only ({@code MeshTelemetry.Builder.window}): the publish calls summed in the
   * window's span.
   */
  public static final AttributeKey<Long> PUBLISH_CALLS = AttributeKey.longKey("mesh.publish.calls");

  /** Window span only: how many of the window's publish calls failed. */
  public static final AttributeKey<Long> PUBLISH_CALLS_FAILED =
      AttributeKey.longKey("mesh.publish.calls.failed");

  /** How a publish call ended: {@code completed} or {@code failed}. */
  public static final AttributeKey<String> PUBLISH_OUTCOME =
      AttributeKey.stringKey("mesh.publish.outcome");

  /** The id of the contract rule a violation broke ({@code pattern}, {@code required}...). */
  public static final AttributeKey<String> VIOLATION_RULE =
      AttributeKey.stringKey("mesh.violation.rule");

  /**
   * What happened to the records with the violation: {@code rejected} (dead-lettered) or {@code
   * written} (written anyway, under the {@code WARN} policy).
   */
  public static final AttributeKey<String> VIOLATION_ACTION =
      AttributeKey.stringKey("mesh.violation.action");

  /** SLA gauges: a freshness status, {@code unknown}, {@code ok}, {@code late} or {@code stale}. */
  public static final AttributeKey<String> FRESHNESS_STATUS =
      AttributeKey.stringKey("mesh.freshness.status");

  /**
   * The stable semantic-convention key for the class of an error: on a failed run, the exception
   * class name of the failure.
   */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
}
