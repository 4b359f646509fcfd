package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.ContractProblem;
import dev.meshsdk.contracts.JsonValue;
import java.util.List;

/**
 * Checks a contract document against the ODCS standard: the rules of the official JSON Schema for
 * its apiVersion (v3.1.0 for v3.0.x and v3.1.0 documents, the v3.2.0 draft for v3.2.0 ones),
 * written out by hand, plus rules the schema cannot express.
 *
 * <p>The schema rules report {@code required}, {@code type}, {@code enum}, {@code pattern}, {@code
 * unknown-field} (closed objects, and fields that a conditional branch allows only for some
 * logicalType, quality type or server type), {@code min-items}, {@code max-items}, {@code
 * unique-items}, {@code minimum}, {@code exclusive-minimum}, {@code quality-operator} (library and
 * sql rules take exactly one operator, others none) and {@code relationship-from-not-allowed},
 * {@code relationship-shape}. {@code format} keywords are annotations, as in the schema's own
 * validator, and are not checked.
 *
 * <p>The added rules: {@code id-unique}, {@code schema-name-unique}, {@code property-name-unique},
 * {@code primary-key-position-unique}, {@code partition-key-position-unique}, {@code
 * key-position-range}, {@code key-position-flag}, {@code bounds-order}, {@code between-order},
 * {@code invalid-pattern}, {@code invalid-date-format}, {@code required-property-unknown}, {@code
 * relationship-arity}, {@code enum-value-unique}, {@code enum-value-type}, {@code
 * quality-metric-level} and {@code logical-type-options-unsupported}. {@link #checkStrict} adds
 * {@code array-items-required}, which an official example breaks.
 *
 * <p>Paths read {@code schema[0].properties[3].logicalType}; a missing field's path is the path it
 * would have.
 */
public final class OdcsChecker {
  private OdcsChecker() {}

  /**
   * Checks a document.
   *
   * @param document the whole contract, as read from YAML or JSON
   * @return the problems, in the order of the document (an object's missing fields before its
   *     members' problems), empty if none
   */
  public static List<ContractProblem> check(JsonValue.Obj document) {
    return run(document, false);
  }

  /**
   * Checks a document with the strict rules too: those that some official ODCS examples break (an
   * array property without {@code items}).
   *
   * @param document the whole contract
   * @return the problems, empty if none
   */
  public static List<ContractProblem> checkStrict(JsonValue.Obj document) {
    return run(document, true);
  }

  private static List<ContractProblem> run(JsonValue.Obj document, boolean strict) {
    SchemaVersion version = SchemaVersion.of(document);
    CheckContext context = new CheckContext(version, strict);
    context.object(document, "", Grammar.root(version));
    return context.problems();
  }
}
