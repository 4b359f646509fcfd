package dev.meshsdk.testkit;

import dev.meshsdk.testkit.internal.ExpectationsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one consumer expects of one provider's output port: who the consumer is and why it reads,
 * the fields it relies on and its named checks. A passing consumer test writes it as a JSON file
 * ({@code "formatVersion": "1.0"}, JSON Schema {@code
 * dev/meshsdk/testkit/mesh-expectations.schema.json} in this jar); providers read such files back
 * with {@link #read(Path)} and verify them.
 *
 * @param formatVersion the file format version, {@value #FORMAT_VERSION} when written by this kit
 * @param product the provider's data product id
 * @param port the provider's output port
 * @param schemaObject the schema object of the port's contract the consumer reads; empty when the
 *     contract has only one
 * @param consumerId the consumer's id
 * @param consumerDomain the consumer's domain
 * @param purpose why the consumer reads the port
 * @param providerStates the provider states (named sets of sample records) the checks run on; empty
 *     for all of the provider's samples
 * @param fields what the consumer relies on, per field path (each path once)
 * @param checks named conditions every record must meet
 * @param contractId the id of the provider contract the consumer tested against, if known
 * @param contractVersion the version of that contract, if known
 */
public record Expectations(
    String formatVersion,
    String product,
    String port,
    Optional<String> schemaObject,
    String consumerId,
    String consumerDomain,
    String purpose,
    List<String> providerStates,
    List<FieldExpectation> fields,
    List<Check> checks,
    Optional<String> contractId,
    Optional<String> contractVersion) {

  /** The format version this kit writes. */
  public static final String FORMAT_VERSION = "1.0";

  /** The system property that sets the folder consumer tests write expectations files into. */
  public static final String DIRECTORY_PROPERTY = "meshsdk.expectations.dir";

  /** The classpath resource of the JSON Schema of the file format. */
  public static final String SCHEMA_RESOURCE = "/dev/meshsdk/testkit/mesh-expectations.schema.json";

  /**
   * Checks the components and copies the lists.
   *
   * @param formatVersion the file format version ({@code 1.x})
   * @param product the provider's data product id, non-blank
   * @param port the provider's output port, non-blank
   * @param schemaObject the schema object the consumer reads
   * @param consumerId the consumer's id, non-blank
   * @param consumerDomain the consumer's domain, non-blank
   * @param purpose why the consumer reads the port, non-blank
   * @param providerStates the provider states the checks run on
   * @param fields what the consumer relies on, each path once
   * @param checks named conditions, each name once
   * @param contractId the id of the provider contract the consumer tested against
   * @param contractVersion the version of that contract
   */
  public Expectations {
    if (formatVersion == null || !formatVersion.matches("1\\.(0|[1-9][0-9]*)")) {
      throw new IllegalArgumentException(
          "formatVersion: this kit reads format 1.x, got '" + formatVersion + "'");
    }
    nonBlank("product", product);
    nonBlank("port", port);
    Objects.requireNonNull(schemaObject, "schemaObject");
    schemaObject.ifPresent(s -> nonBlank("schemaObject", s));
    nonBlank("consumerId", consumerId);
    nonBlank("consumerDomain", consumerDomain);
    nonBlank("purpose", purpose);
    providerStates = List.copyOf(providerStates);
    providerStates.forEach(s -> nonBlank("providerStates", s));
    fields = List.copyOf(fields);
    checks = List.copyOf(checks);
    Set<String> seen = new HashSet<>();
    for (FieldExpectation f : fields) {
      if (!seen.add(f.path())) {
        throw new IllegalArgumentException(
            "fields: field '" + f.path() + "' is declared twice; state everything about it once");
      }
    }
    Set<String> names = new HashSet<>();
    for (Check c : checks) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("checks: check '" + c.name() + "' is declared twice");
      }
    }
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(contractVersion, "contractVersion");
  }

  private static void nonBlank(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          parameter + ": must be non-blank, got " + (value == null ? "null" : "'" + value + "'"));
    }
  }

  /**
   * Reads an expectations file.
   *
   * @param file the file
   * @return the expectations
   * @throws ExpectationsFormatException if the file cannot be read or breaks the format, naming the
   *     file, the JSON path and the rule
   */
  public static Expectations read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExpectationsFormatException(
          file.toString(), "$", "cannot read the file: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses the JSON text of an expectations file.
   *
   * @param json the text
   * @param source the file name or URL, for messages
   * @return the expectations
   * @throws ExpectationsFormatException if the text breaks the format
   */
  public static Expectations parse(String json, String source) {
    return ExpectationsJson.parse(json, source);
  }

  /**
   * The JSON text, pretty-printed, as the kit writes it.
   *
   * @return the JSON document
   */
  public String toJson() {
    return ExpectationsJson.write(this);
  }

  /**
   * The file name this kit gives these expectations: {@code <consumerId>__<product>__<port>.json},
   * with characters other than letters, digits, {@code .}, {@code _} and {@code -} replaced by
   * {@code _}.
   *
   * @return the file name
   */
  public String fileName() {
    return safe(consumerId) + "__" + safe(product) + "__" + safe(port) + ".json";
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Writes the JSON file into a folder, creating it if needed, replacing an older file of the same
   * consumer and port.
   *
   * @param directory the folder
   * @return the file written
   * @throws UncheckedIOException if it cannot be written
   */
  public Path writeTo(Path directory) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(fileName());
      Files.writeString(file, toJson(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write expectations into " + directory, e);
    }
  }

  /**
   * The folder consumer tests write into unless told otherwise: the system property {@value
   * #DIRECTORY_PROPERTY} if set, else {@code target/mesh-expectations} under the working directory.
   *
   * @return the folder
   */
  public static Path defaultDirectory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.dir"), "target", "mesh-expectations");
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
   * A builder holding this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.formatVersion = formatVersion;
    b.product = product;
    b.port = port;
    b.schemaObject = schemaObject;
    b.consumerId = consumerId;
    b.consumerDomain = consumerDomain;
    b.purpose = purpose;
    b.providerStates.addAll(providerStates);
    b.fields.addAll(fields);
    b.checks.addAll(checks);
    b.contractId = contractId;
    b.contractVersion = contractVersion;
    return b;
  }

  /** Builds {@link Expectations}; {@link #build()} checks every rule and names the parameter. */
  public static final class Builder {
    private String formatVersion = FORMAT_VERSION;
    private String product = "";
    private String port = "";
    private Optional<String> schemaObject = Optional.empty();
    private String consumerId = "";
    private String consumerDomain = "";
    private String purpose = "";
    private final List<String> providerStates = new ArrayList<>();
    private final List<FieldExpectation> fields = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private Optional<String> contractId = Optional.empty();
    private Optional<String> contractVersion = Optional.empty();

    private Builder() {}

    /**
     * Sets the format version.
     *
     * @param formatVersion {@code 1.x}
     * @return this builder
     */
    public Builder formatVersion(String formatVersion) {
      this.formatVersion = formatVersion;
      return this;
    }

    /**
     * Sets the provider's data product id.
     *
     * @param product the id
     * @return this builder
     */
    public Builder product(String product) {
      this.product = product;
      return this;
    }

    /**
     * Sets the provider's output port.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(String port) {
      this.port = port;
      return this;
    }

    /**
     * Sets the schema object the consumer reads.
     *
     * @param schemaObject the name, or empty
     * @return this builder
     */
    public Builder schemaObject(Optional<String> schemaObject) {
      this.schemaObject = schemaObject;
      return this;
    }

    /**
     * Sets the consumer's id.
     *
     * @param consumerId the id
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      this.consumerId = consumerId;
      return this;
    }

    /**
     * Sets the consumer's domain.
     *
     * @param consumerDomain the domain
     * @return this builder
     */
    public Builder consumerDomain(String consumerDomain) {
      this.consumerDomain = consumerDomain;
      return this;
    }

    /**
     * Sets why the consumer reads the port.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Adds a provider state.
     *
     * @param state the state's name
     * @return this builder
     */
    public Builder providerState(String state) {
      providerStates.add(state);
      return this;
    }

    /**
     * Adds a field expectation.
     *
     * @param field the expectation
     * @return this builder
     */
    public Builder field(FieldExpectation field) {
      fields.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * Adds a named check.
     *
     * @param check the check
     * @return this builder
     */
    public Builder check(Check check) {
      checks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /**
     * Sets the id of the contract the consumer tested against.
     *
     * @param contractId the id, or empty
     * @return this builder
     */
    public Builder contractId(Optional<String> contractId) {
      this.contractId = contractId;
      return this;
    }

    /**
     * Sets the version of the contract the consumer tested against.
     *
     * @param contractVersion the version, or empty
     * @return this builder
     */
    public Builder contractVersion(Optional<String> contractVersion) {
      this.contractVersion = contractVersion;
      return this;
    }

    /**
     * Builds the expectations.
     *
     * @return the expectations
     * @throws IllegalArgumentException naming the parameter and rule that is broken
     */
    public Expectations build() {
      return new Expectations(
          formatVersion,
          product,
          port,
          schemaObject,
          consumerId,
          consumerDomain,
          purpose,
          providerStates,
          fields,
          checks,
          contractId,
          contractVersion);
    }
  }
}
