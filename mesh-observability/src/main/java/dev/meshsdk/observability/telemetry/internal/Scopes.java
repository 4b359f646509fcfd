package dev.meshsdk.observability.telemetry.internal;

import dev.meshsdk.observability.telemetry.MeshMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import org.jspecify.annotations.Nullable;

/** Creates meshsdk's tracer and meter under one instrumentation scope. */
public final class Scopes {
  /** The semantic-conventions schema the few semconv keys we use ({@code error.type}) follow. */
  static final String SCHEMA_URL = "https://opentelemetry.io/schemas/1.45.0";

  private Scopes() {}

  /**
   * The tracer of scope {@link MeshMetrics#SCOPE}.
   *
   * @param otel the OpenTelemetry instance
   * @return the tracer
   */
  public static Tracer tracer(OpenTelemetry otel) {
    TracerBuilder b = otel.tracerBuilder(MeshMetrics.SCOPE).setSchemaUrl(SCHEMA_URL);
    String version = version();
    if (version != null) {
      b = b.setInstrumentationVersion(version);
    }
    return b.build();
  }

  /**
   * The meter of scope {@link MeshMetrics#SCOPE}.
   *
   * @param otel the OpenTelemetry instance
   * @return the meter
   */
  public static Meter meter(OpenTelemetry otel) {
    MeterBuilder b = otel.meterBuilder(MeshMetrics.SCOPE).setSchemaUrl(SCHEMA_URL);
    String version = version();
    if (version != null) {
      b = b.setInstrumentationVersion(version);
    }
    return b.build();
  }

  private static @Nullable String version() {
    Package p = Scopes.class.getPackage();
    return p == null ? null : p.getImplementationVersion();
  }
}
