package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One data product as the mesh report shows it: what it is, who owns it, its SLA, how fresh and how
 * good its data is, its ports, its consumers and its recent publish runs.
 *
 * @param id the product's id, unique in the mesh (the page's file name is derived from it)
 * @param name the display name
 * @param domain the owning domain; the lineage graph colours nodes by domain
 * @param version the product's version
 * @param owner the owning team or person
 * @param status the lifecycle status, such as {@code production} or {@code draft}
 * @param description what the product offers (may be empty)
 * @param tags tags
 * @param sla the SLA targets
 * @param freshness the freshness status and last publish time
 * @param quality the latest quality evaluation
 * @param outputPorts the output ports with their contracts, names unique
 * @param inputPorts the input ports: the lineage graph's edges into this product
 * @param consumers the registered consumers
 * @param recentRuns the recent publish runs, run ids unique (shown newest first)
 */
public record ReportProduct(
    String id,
    String name,
    String domain,
    String version,
    String owner,
    String status,
    String description,
    List<String> tags,
    List<SlaTarget> sla,
    Freshness freshness,
    QualityState quality,
    List<ReportOutputPort> outputPorts,
    List<ReportInputPort> inputPorts,
    List<ReportConsumer> consumers,
    List<PublishRun> recentRuns) {

  /**
   * Checks the components and copies the lists.
   *
   * @param id the product's id, unique in the mesh
   * @param name the display name
   * @param domain the owning domain
   * @param version the product's version
   * @param owner the owning team or person
   * @param status the lifecycle status
   * @param description what the product offers (may be empty)
   * @param tags tags
   * @param sla the SLA targets
   * @param freshness the freshness status and last publish time
   * @param quality the latest quality evaluation
   * @param outputPorts the output ports with their contracts, names unique
   * @param inputPorts the input ports
   * @param consumers the registered consumers
   * @param recentRuns the recent publish runs, run ids unique
   * @throws IllegalArgumentException if a required text is blank, or port names or run ids repeat
   */
  public ReportProduct {
    Checks.notBlank(id, "ReportProduct.id");
    Checks.notBlank(name, "ReportProduct.name");
    Checks.notBlank(domain, "ReportProduct.domain");
    Checks.notBlank(version, "ReportProduct.version");
    Checks.notBlank(owner, "ReportProduct.owner");
    Checks.notBlank(status, "ReportProduct.status");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    sla = List.copyOf(sla);
    Objects.requireNonNull(freshness, "freshness");
    Objects.requireNonNull(quality, "quality");
    outputPorts = List.copyOf(outputPorts);
    inputPorts = List.copyOf(inputPorts);
    consumers = List.copyOf(consumers);
    recentRuns = List.copyOf(recentRuns);
    Set<String> seen = new HashSet<>();
    for (ReportOutputPort p : outputPorts) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException(
            "ReportProduct '"
                + id
                + "': output port names must be unique, '"
                + p.name()
                + "' repeats");
      }
    }
    seen.clear();
    for (PublishRun r : recentRuns) {
      if (!seen.add(r.runId())) {
        throw new IllegalArgumentException(
            "ReportProduct '" + id + "': run ids must be unique, '" + r.runId() + "' repeats");
      }
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this product's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.domain = domain;
    b.version = version;
    b.owner = owner;
    b.status = status;
    b.description = description;
    b.tags = new ArrayList<>(tags);
    b.sla = new ArrayList<>(sla);
    b.freshness = freshness;
    b.quality = quality;
    b.outputPorts = new ArrayList<>(outputPorts);
    b.inputPorts = new ArrayList<>(inputPorts);
    b.consumers = new ArrayList<>(consumers);
    b.recentRuns = new ArrayList<>(recentRuns);
    return b;
  }

  /**
   * Builds a {@link ReportProduct}. Id, domain, version and owner are required; the name defaults
   * to the id, the status to {@code active}, freshness to unknown and quality to not evaluated.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String domain;
    private @Nullable String version;
    private @Nullable String owner;
    private String status = "active";
    private String description = "";
    private List<String> tags = new ArrayList<>();
    private List<SlaTarget> sla = new ArrayList<>();
    private Freshness freshness = Freshness.unknown();
    private QualityState quality = QualityState.NOT_EVALUATED;
    private List<ReportOutputPort> outputPorts = new ArrayList<>();
    private List<ReportInputPort> inputPorts = new ArrayList<>();
    private List<ReportConsumer> consumers = new ArrayList<>();
    private List<PublishRun> recentRuns = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the product's id, unique in the mesh
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Checks.notBlank(id, "ReportProduct.id");
      return this;
    }

    /**
     * Sets the display name (default: the id).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Checks.notBlank(name, "ReportProduct.name");
      return this;
    }

    /**
     * Sets the domain.
     *
     * @param domain the owning domain
     * @return this builder
     */
    public Builder domain(String domain) {
      this.domain = Checks.notBlank(domain, "ReportProduct.domain");
      return this;
    }

    /**
     * Sets the version.
     *
     * @param version the product's version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = Checks.notBlank(version, "ReportProduct.version");
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner the owning team or person
     * @return this builder
     */
    public Builder owner(String owner) {
      this.owner = Checks.notBlank(owner, "ReportProduct.owner");
      return this;
    }

    /**
     * Sets the lifecycle status (default {@code active}).
     *
     * @param status the status, such as {@code production}
     * @return this builder
     */
    public Builder status(String status) {
      this.status = Checks.notBlank(status, "ReportProduct.status");
      return this;
    }

    /**
     * Sets the description (default empty).
     *
     * @param description what the product offers
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags the tags
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder tag(String tag) {
      this.tags.add(Checks.notBlank(tag, "ReportProduct.tag"));
      return this;
    }

    /**
     * Replaces the SLA targets.
     *
     * @param sla the targets
     * @return this builder
     */
    public Builder sla(List<SlaTarget> sla) {
      this.sla = new ArrayList<>(Objects.requireNonNull(sla, "sla"));
      return this;
    }

    /**
     * Adds an SLA target.
     *
     * @param name what is promised, such as {@code latency}
     * @param value the target with its unit, such as {@code 15 min}
     * @return this builder
     */
    public Builder slaTarget(String name, String value) {
      this.sla.add(SlaTarget.of(name, value));
      return this;
    }

    /**
     * Sets the freshness (default unknown).
     *
     * @param freshness the freshness
     * @return this builder
     */
    public Builder freshness(Freshness freshness) {
      this.freshness = Objects.requireNonNull(freshness, "freshness");
      return this;
    }

    /**
     * Sets the quality state (default not evaluated).
     *
     * @param quality the latest quality evaluation
     * @return this builder
     */
    public Builder quality(QualityState quality) {
      this.quality = Objects.requireNonNull(quality, "quality");
      return this;
    }

    /**
     * Replaces the output ports.
     *
     * @param outputPorts the output ports
     * @return this builder
     */
    public Builder outputPorts(List<ReportOutputPort> outputPorts) {
      this.outputPorts = new ArrayList<>(Objects.requireNonNull(outputPorts, "outputPorts"));
      return this;
    }

    /**
     * Adds an output port.
     *
     * @param outputPort the output port
     * @return this builder
     */
    public Builder outputPort(ReportOutputPort outputPort) {
      this.outputPorts.add(Objects.requireNonNull(outputPort, "outputPort"));
      return this;
    }

    /**
     * Replaces the input ports.
     *
     * @param inputPorts the input ports
     * @return this builder
     */
    public Builder inputPorts(List<ReportInputPort> inputPorts) {
      this.inputPorts = new ArrayList<>(Objects.requireNonNull(inputPorts, "inputPorts"));
      return this;
    }

    /**
     * Adds an input port reading an upstream product's output port.
     *
     * @param upstreamProductId the upstream product's id
     * @param upstreamPort the upstream product's output port
     * @return this builder
     */
    public Builder inputPort(String upstreamProductId, String upstreamPort) {
      this.inputPorts.add(ReportInputPort.of(upstreamProductId, upstreamPort));
      return this;
    }

    /**
     * Replaces the consumers.
     *
     * @param consumers the registered consumers
     * @return this builder
     */
    public Builder consumers(List<ReportConsumer> consumers) {
      this.consumers = new ArrayList<>(Objects.requireNonNull(consumers, "consumers"));
      return this;
    }

    /**
     * Adds a consumer.
     *
     * @param consumer the registered consumer
     * @return this builder
     */
    public Builder consumer(ReportConsumer consumer) {
      this.consumers.add(Objects.requireNonNull(consumer, "consumer"));
      return this;
    }

    /**
     * Replaces the recent runs.
     *
     * @param recentRuns the recent publish runs
     * @return this builder
     */
    public Builder recentRuns(List<PublishRun> recentRuns) {
      this.recentRuns = new ArrayList<>(Objects.requireNonNull(recentRuns, "recentRuns"));
      return this;
    }

    /**
     * Adds a recent run.
     *
     * @param run the publish run
     * @return this builder
     */
    public Builder recentRun(PublishRun run) {
      this.recentRuns.add(Objects.requireNonNull(run, "run"));
      return this;
    }

    /**
     * Builds the product.
     *
     * @return the product
     * @throws IllegalStateException if the id, domain, version or owner is missing
     * @throws IllegalArgumentException if port names or run ids repeat
     */
    public ReportProduct build() {
      String theId = Checks.required(id, "ReportProduct.id");
      return new ReportProduct(
          theId,
          name == null ? theId : name,
          Checks.required(domain, "ReportProduct.domain"),
          Checks.required(version, "ReportProduct.version"),
          Checks.required(owner, "ReportProduct.owner"),
          status,
          description,
          tags,
          sla,
          freshness,
          quality,
          outputPorts,
          inputPorts,
          consumers,
          recentRuns);
    }
  }
}
