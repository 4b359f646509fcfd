package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code jobType} job facet (JobTypeJobFacet 2-0-4).
 *
 * @param processingType how the job processes data
 * @param integration the integration that runs the job; {@code MESHSDK} for data products
 * @param jobType the integration's kind of job, such as {@code OUTPUT_PORT}
 */
public record JobTypeJobFacet(
    ProcessingType processingType, String integration, Optional<String> jobType)
    implements JobFacet {
  private static final URI SCHEMA = SchemaUrls.facet("2-0-4", "JobTypeJobFacet");

  /** The integration name meshsdk writes. */
  public static final String MESHSDK = "MESHSDK";

  /** How a job processes data. */
  public enum ProcessingType {
    /** Finite runs with a start and an end. */
    BATCH,
    /** A continuous job over data streams. */
    STREAMING,
    /** A long-running service, such as a domain service publishing a data product. */
    SERVICE
  }

  /**
   * Checks the components.
   *
   * @param processingType how the job processes data
   * @param integration the integration, not blank
   * @param jobType the integration's kind of job
   */
  public JobTypeJobFacet {
    Objects.requireNonNull(processingType, "processingType");
    Checks.notBlank(integration, "integration");
    Objects.requireNonNull(jobType, "jobType");
  }

  /**
   * A meshsdk job of a kind.
   *
   * @param processingType how the job processes data
   * @param jobType the kind of job, such as {@code OUTPUT_PORT}
   * @return the facet
   */
  public static JobTypeJobFacet meshsdk(ProcessingType processingType, String jobType) {
    return new JobTypeJobFacet(
        processingType, MESHSDK, Optional.of(Checks.notBlank(jobType, "jobType")));
  }

  @Override
  public String key() {
    return "jobType";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
