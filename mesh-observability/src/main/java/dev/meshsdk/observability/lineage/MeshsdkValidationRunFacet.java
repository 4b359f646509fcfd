package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code meshsdk_validation} run facet, meshsdk's custom facet for the outcome of validating
 * records against their data contract during a run: records offered, written and rejected, and the
 * rejections per rule id. Its JSON Schema is {@link Lineage#VALIDATION_FACET_SCHEMA} ({@code
 * spec/facets/1-0-0/MeshsdkValidationRunFacet.json} in the repository).
 *
 * <p>Counts and rule ids only: record values and violation messages never enter it.
 *
 * @param recordsOffered the records given to the publisher
 * @param recordsWritten the records written to the sink
 * @param recordsRejected the records rejected by validation
 * @param rejectedByRule the number of rejected records per rule id ({@code required}, {@code
 *     pattern}, ...); a record that breaks two rules counts under both
 * @param contractId the data contract's id
 * @param contractVersion the data contract's version
 */
public record MeshsdkValidationRunFacet(
    long recordsOffered,
    long recordsWritten,
    long recordsRejected,
    Map<String, Long> rejectedByRule,
    Optional<String> contractId,
    Optional<String> contractVersion)
    implements RunFacet {

  /**
   * Checks the counts and copies the map.
   *
   * @param recordsOffered the records offered, at least 0
   * @param recordsWritten the records written, at least 0
   * @param recordsRejected the records rejected, at least 0
   * @param rejectedByRule rejections per rule id, each at least 0
   * @param contractId the contract's id
   * @param contractVersion the contract's version
   */
  public MeshsdkValidationRunFacet {
    Checks.nonNegative(recordsOffered, "recordsOffered");
    Checks.nonNegative(recordsWritten, "recordsWritten");
    Checks.nonNegative(recordsRejected, "recordsRejected");
    if (recordsWritten + recordsRejected > recordsOffered) {
      throw new IllegalArgumentException(
          "recordsWritten + recordsRejected must be <= recordsOffered: was "
              + recordsWritten
              + " + "
              + recordsRejected
              + " > "
              + recordsOffered);
    }
    rejectedByRule = Checks.orderedCopy(rejectedByRule, "rejectedByRule");
    rejectedByRule.forEach(
        (rule, n) -> {
          Checks.notBlank(rule, "rejectedByRule key");
          Checks.nonNegative(n, "rejectedByRule[" + rule + "]");
        });
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(contractVersion, "contractVersion");
  }

  /**
   * A new builder, all counts zero.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this facet's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.recordsOffered = recordsOffered;
    b.recordsWritten = recordsWritten;
    b.recordsRejected = recordsRejected;
    b.rejectedByRule = new LinkedHashMap<>(rejectedByRule);
    b.contractId = contractId;
    b.contractVersion = contractVersion;
    return b;
  }

  @Override
  public String key() {
    return "meshsdk_validation";
  }

  @Override
  public URI schemaUrl() {
    return Lineage.VALIDATION_FACET_SCHEMA;
  }

  /** Builds a {@link MeshsdkValidationRunFacet}. */
  public static final class Builder {
    private long recordsOffered;
    private long recordsWritten;
    private long recordsRejected;
    private Map<String, Long> rejectedByRule = new LinkedHashMap<>();
    private Optional<String> contractId = Optional.empty();
    private Optional<String> contractVersion = Optional.empty();

    private Builder() {}

    /**
     * Sets the records offered.
     *
     * @param n the count, at least 0
     * @return this
     */
    public Builder recordsOffered(long n) {
      this.recordsOffered = Checks.nonNegative(n, "recordsOffered");
      return this;
    }

    /**
     * Sets the records written.
     *
     * @param n the count, at least 0
     * @return this
     */
    public Builder recordsWritten(long n) {
      this.recordsWritten = Checks.nonNegative(n, "recordsWritten");
      return this;
    }

    /**
     * Sets the records rejected.
     *
     * @param n the count, at least 0
     * @return this
     */
    public Builder recordsRejected(long n) {
      this.recordsRejected = Checks.nonNegative(n, "recordsRejected");
      return this;
    }

    /**
     * Sets the rejections of one rule id.
     *
     * @param rule the rule id, such as {@code required}
     * @param n the count, at least 0
     * @return this
     */
    public Builder rejectedByRule(String rule, long n) {
      rejectedByRule.put(
          Checks.notBlank(rule, "rule"), Checks.nonNegative(n, "rejectedByRule[" + rule + "]"));
      return this;
    }

    /**
     * Replaces the rejections per rule id.
     *
     * @param counts the counts
     * @return this
     */
    public Builder rejectedByRule(Map<String, Long> counts) {
      this.rejectedByRule = new LinkedHashMap<>(Checks.orderedCopy(counts, "rejectedByRule"));
      return this;
    }

    /**
     * Sets the data contract this run validated against.
     *
     * @param id the contract's id
     * @param version the contract's version
     * @return this
     */
    public Builder contract(String id, String version) {
      this.contractId = Optional.of(Checks.notBlank(id, "contractId"));
      this.contractVersion = Optional.of(Checks.notBlank(version, "contractVersion"));
      return this;
    }

    /**
     * Builds the facet.
     *
     * @return the facet
     */
    public MeshsdkValidationRunFacet build() {
      return new MeshsdkValidationRunFacet(
          recordsOffered,
          recordsWritten,
          recordsRejected,
          rejectedByRule,
          contractId,
          contractVersion);
    }
  }
}
