package dev.meshsdk.contracts.internal.derive;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.Drift;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.OdcsVersion;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.annotation.ContractSchema;
import java.util.List;
import java.util.Objects;

/**
 * Derives an ODCS data contract from a Java record or bean, and compares such a type with a
 * contract written by hand. The implementation of {@code DataContracts.derive} and {@code
 * DataContracts.conformance}.
 *
 * <h2>Properties</h2>
 *
 * A record's components, in order; a bean's public getters ({@code getX}, {@code isX} for
 * booleans), in the declaration order of the fields they read (superclass fields first), then the
 * others by name. The property name is {@link dev.meshsdk.contracts.annotation.ContractField#name}
 * or the Java name, as written.
 *
 * <h2>Types</h2>
 *
 * <table>
 *   <caption>Java types and their ODCS logical types</caption>
 *   <tr><th>Java</th><th>logicalType</th><th>logicalTypeOptions and more</th></tr>
 *   <tr><td>String, CharSequence</td><td>string</td><td></td></tr>
 *   <tr><td>char, Character</td><td>string</td><td>minLength 1, maxLength 1</td></tr>
 *   <tr><td>enum</td><td>string</td><td>an {@code invalidValues} quality rule with {@code
 *       arguments.validValues} of the constant names and {@code mustBe: 0}; in v3.2 also {@code
 *       enum}</td></tr>
 *   <tr><td>UUID</td><td>string</td><td>format uuid</td></tr>
 *   <tr><td>URI, URL</td><td>string</td><td>format uri</td></tr>
 *   <tr><td>byte[]</td><td>string</td><td>format byte (base64, as JSON libraries write it)</td></tr>
 *   <tr><td>boolean, Boolean</td><td>boolean</td><td></td></tr>
 *   <tr><td>byte, short, int, long and wrappers</td><td>integer</td><td>format i8, i16, i32,
 *       i64</td></tr>
 *   <tr><td>BigInteger</td><td>integer</td><td>no format (unbounded)</td></tr>
 *   <tr><td>float, double and wrappers</td><td>number</td><td>format f32, f64</td></tr>
 *   <tr><td>BigDecimal</td><td>number</td><td>physicalType {@code DECIMAL(p,s)} under
 *       {@code @Digits}</td></tr>
 *   <tr><td>LocalDate</td><td>date</td><td></td></tr>
 *   <tr><td>Instant, OffsetDateTime, ZonedDateTime, java.util.Date</td><td>timestamp</td>
 *       <td>timezone true</td></tr>
 *   <tr><td>LocalDateTime</td><td>timestamp</td><td>timezone false</td></tr>
 *   <tr><td>LocalTime, OffsetTime</td><td>time</td><td>timezone false, true</td></tr>
 *   <tr><td>Optional&lt;T&gt;, OptionalInt, OptionalLong, OptionalDouble</td><td>as T</td>
 *       <td>never required</td></tr>
 *   <tr><td>arrays, Collection&lt;T&gt; (List, Set ...)</td><td>array</td><td>{@code items};
 *       uniqueItems for a Set</td></tr>
 *   <tr><td>Map&lt;K, V&gt;, K a string or integer type</td><td>object (v3.1), map (v3.2)</td>
 *       <td>v3.1 has no map type: the property is an object with no listed properties and the
 *       key and value types are lost; v3.2 writes a {@code map} block</td></tr>
 *   <tr><td>other records and beans</td><td>object</td><td>nested {@code properties}</td></tr>
 * </table>
 *
 * <p>Type variables are resolved through the type arguments given (a {@code Page<Line>} component);
 * a recursive type, and any other JDK type, is refused with a {@link ContractDefinitionException}
 * naming the path.
 *
 * <h2>Bean Validation</h2>
 *
 * A property is required when it is a primitive or carries {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty}, and never when it is an {@code Optional}. Constraints on type arguments
 * ({@code List<@NotBlank String>}) apply to the items, map keys and values, or the {@code
 * Optional}'s value.
 *
 * <ul>
 *   <li>{@code @Size}: minLength/maxLength for strings, minItems/maxItems for arrays,
 *       minProperties/maxProperties for v3.1 maps.
 *   <li>{@code @NotEmpty}: required and a minimum size of 1; {@code @NotBlank}: required, minLength
 *       1 and pattern {@code \S}.
 *   <li>{@code @Pattern}: the Java regular expression matches whole values, an ODCS pattern
 *       searches, so it is anchored as {@code ^(?:regexp)$}. Several patterns are combined into
 *       lookaheads. A {@code @Pattern} with flags cannot be written as an ECMA-262 pattern: it goes
 *       to the custom property {@code javaPattern} ({@code regexp}, {@code flags}).
 *   <li>{@code @Email}: format email (and its {@code regexp}, if any, as a pattern).
 *   <li>{@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax} ({@code inclusive =
 *       false} gives exclusiveMinimum or exclusiveMaximum), {@code @Positive} (exclusiveMinimum 0),
 *       {@code @PositiveOrZero} (minimum 0), {@code @Negative} (exclusiveMaximum 0),
 *       {@code @NegativeOrZero} (maximum 0), {@code @Digits} (exclusive bounds of plus and minus
 *       10<sup>integer</sup>, and the physicalType of a BigDecimal); the tightest bound wins.
 *   <li>{@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code @FutureOrPresent}: ODCS
 *       bounds are fixed dates, so these relative bounds have no equivalent; they are recorded in
 *       the custom property {@code temporalConstraint} ({@code past}, {@code pastOrPresent}, {@code
 *       future}, {@code futureOrPresent}) for people and tools that know it.
 *   <li>{@code @AssertTrue}, {@code @AssertFalse}: the custom property {@code booleanConstraint}
 *       ({@code assertTrue}, {@code assertFalse}).
 * </ul>
 *
 * Constraints that do not apply to the property's type (a {@code @Pattern} on an int) are ignored,
 * as are composed and custom constraints. Constraints that allow no value
 * ({@code @Min(10) @Max(5)}) are refused with a {@link ContractDefinitionException}.
 *
 * <h2>The contract</h2>
 *
 * {@link ContractSchema} gives the id (default {@code urn:meshsdk:<canonical class name>}), name
 * (the simple name), version ({@code 1.0.0}), domain, schema object name (the simple name in
 * snake_case) and the schema object's description. The status is {@code draft} and the apiVersion
 * v3.1.0 unless asked otherwise. {@link dev.meshsdk.contracts.annotation.ContractField} adds the
 * description, classification, primary key (positions in declaration order when not given) and
 * examples (numbers and booleans when the text reads as the property's type). A derived contract
 * has no problems under {@code DataContracts.check} and survives a YAML round trip.
 */
public final class ContractDeriver {
  private ContractDeriver() {}

  /**
   * Derives an ODCS v3.1.0 contract from a Java record or bean.
   *
   * @param type the record or bean
   * @return the contract, with one schema object
   * @throws ContractDefinitionException if the type is not a record or bean, is recursive, has a
   *     property of a type with no ODCS equivalent, or has constraints that allow no value; the
   *     message names the property path
   */
  public static DataContract derive(Class<?> type) {
    return derive(type, OdcsVersion.V3_1_0);
  }

  /**
   * Derives a contract in an ODCS version from a Java record or bean. v3.2.0 adds {@code enum}
   * values and {@code map} properties.
   *
   * @param type the record or bean
   * @param version {@link OdcsVersion#V3_1_0} or {@link OdcsVersion#V3_2_0}
   * @return the contract, with one schema object
   * @throws IllegalArgumentException if the version is before v3.1.0, which has no timestamp or
   *     time types
   * @throws ContractDefinitionException if the type cannot be described, naming the property path
   */
  public static DataContract derive(Class<?> type, OdcsVersion version) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(version, "version");
    if (version != OdcsVersion.V3_1_0 && version != OdcsVersion.V3_2_0) {
      throw new IllegalArgumentException(
          "version: contracts are derived in v3.1.0 or v3.2.0, got " + version.value());
    }
    if (!TypeWalker.isObjectType(type)) {
      throw new ContractDefinitionException(
          "Cannot derive a contract from "
              + type.getName()
              + ": only a record or a bean describes a schema object");
    }
    ContractSchema cs = type.getAnnotation(ContractSchema.class);
    String simple = type.getSimpleName();
    String canonical = type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
    SchemaObject.Builder object =
        SchemaObject.builder()
            .name(objectName(type))
            .logicalType(LogicalType.OBJECT)
            .properties(new TypeWalker(type, version).rootProperties());
    DataContract.Builder contract =
        DataContract.builder()
            .apiVersion(version)
            .id(cs != null && !cs.id().isEmpty() ? cs.id() : "urn:meshsdk:" + canonical)
            .name(cs != null && !cs.name().isEmpty() ? cs.name() : simple)
            .version(cs != null ? cs.version() : "1.0.0")
            .status("draft");
    if (cs != null && !cs.domain().isEmpty()) {
      contract.domain(cs.domain());
    }
    if (cs != null && !cs.description().isEmpty()) {
      object.description(cs.description());
    }
    return contract.schemaObject(object.build()).build();
  }

  /**
   * The differences between a Java record or bean and a contract: fields missing on either side,
   * logical types that differ, properties the contract requires but the type lets be null, and
   * constraints in the type weaker than the contract's. Empty when the type conforms.
   *
   * <p>The schema object compared is the one named by {@link ContractSchema#object()}, else the one
   * named as the type's simple name in snake_case, else the contract's only one. Nested objects are
   * compared at any depth; array items and map values add nothing to paths ({@code lines.sku}). Not
   * compared: temporal bounds and {@code multipleOf} (Java has no annotation for them), string
   * formats other than email, uuid and uri, primary keys, descriptions and classifications.
   *
   * @param type the record or bean
   * @param contract the contract it should honour
   * @return the drifts, contract properties first in contract order, then fields the contract lacks
   * @throws ContractDefinitionException if no schema object matches, or the type cannot be derived
   */
  public static List<Drift> conformance(Class<?> type, DataContract contract) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(contract, "contract");
    SchemaObject expected = DriftFinder.schemaObject(type, contract);
    OdcsVersion version =
        contract.apiVersion() == OdcsVersion.V3_2_0 ? OdcsVersion.V3_2_0 : OdcsVersion.V3_1_0;
    SchemaObject actual = derive(type, version).schema().get(0);
    return DriftFinder.compare(actual, expected);
  }

  /**
   * The schema object name of a type: {@link ContractSchema#object()}, else its simple name in
   * snake_case.
   *
   * @param type the record or bean
   * @return the name
   */
  public static String objectName(Class<?> type) {
    ContractSchema cs = type.getAnnotation(ContractSchema.class);
    return cs != null && !cs.object().isEmpty()
        ? cs.object()
        : Names.snakeCase(type.getSimpleName());
  }
}
