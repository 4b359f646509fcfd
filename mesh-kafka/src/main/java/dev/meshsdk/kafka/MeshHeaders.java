package dev.meshsdk.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The Kafka record headers meshsdk writes and reads. Values are UTF-8 text.
 *
 * <p>Every record a {@link KafkaSink} or {@link KafkaDeadLetterSink} writes carries {@link
 * #PRODUCT_ID}, {@link #PRODUCT_VERSION}, {@link #PORT}, {@link #CONTRACT_ID} and {@link
 * #CONTRACT_VERSION}; dead letters add the {@code mesh.dead-letter.*} headers. {@link
 * ContractSerializer} writes the two contract headers. {@link KafkaPortReader} validates each
 * record against the contract version its headers name.
 */
public final class MeshHeaders {
  /** The data product's id. */
  public static final String PRODUCT_ID = "mesh.product.id";

  /** The data product's version. */
  public static final String PRODUCT_VERSION = "mesh.product.version";

  /** The output port's name. */
  public static final String PORT = "mesh.port";

  /** The id of the contract the record was written under. */
  public static final String CONTRACT_ID = "mesh.contract.id";

  /** The version of the contract the record was written under. */
  public static final String CONTRACT_VERSION = "mesh.contract.version";

  /** Dead letters: why the record was not written, {@code INVALID} or {@code BATCH_REJECTED}. */
  public static final String DEAD_LETTER_REASON = "mesh.dead-letter.reason";

  /** Dead letters: the publish call (run id, a UUID) that rejected the record. */
  public static final String DEAD_LETTER_RUN_ID = "mesh.dead-letter.run-id";

  /** Dead letters: when the record was rejected, ISO-8601. */
  public static final String DEAD_LETTER_TIME = "mesh.dead-letter.time";

  /**
   * Dead letters: the violations as a compact JSON array of {@code {"rule":..,"path":..}} objects.
   * Rule ids and paths only, never values or messages, so the header is safe to log whatever the
   * data's classification.
   */
  public static final String DEAD_LETTER_VIOLATIONS = "mesh.dead-letter.violations";

  /** Dead letters: the violated rule ids, distinct, comma-separated, in order of appearance. */
  public static final String DEAD_LETTER_RULES = "mesh.dead-letter.rules";

  private MeshHeaders() {}

  /**
   * The last value of a header, as text.
   *
   * @param headers the headers
   * @param name the header's name
   * @return the value, or empty when absent or null
   */
  public static Optional<String> text(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    if (h == null || h.value() == null) {
      return Optional.empty();
    }
    return Optional.of(new String(h.value(), StandardCharsets.UTF_8));
  }

  /**
   * The contract a record says it was written under.
   *
   * @param headers the record's headers
   * @return the contract, or empty when either header is absent or blank
   */
  public static Optional<ContractRef> contract(Headers headers) {
    Optional<String> id = text(headers, CONTRACT_ID).filter(s -> !s.isBlank());
    Optional<String> version = text(headers, CONTRACT_VERSION).filter(s -> !s.isBlank());
    if (id.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ContractRef(id.get(), version.get()));
  }
}
