package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.validate.ValidatorCompiler;
import java.util.Map;

/**
 * Validates records against one schema object of a contract, compiled once into straight-line
 * checks. Thread-safe; build one per contract and schema object and keep it.
 *
 * <pre>{@code
 * RecordValidator<Map<String, ?>> orders = RecordValidator.of(contract, "orders");
 * ValidationResult r = orders.validate(Map.of("order_id", "ORD-00000001", ...));
 * if (!r.isValid()) r.violations().forEach(System.out::println);
 * }</pre>
 *
 * <p>Checks everything the ODCS schema says of one record: presence ({@code required}), logical
 * type, integer and number formats, string lengths, patterns (ECMA-262, linear time) and formats,
 * temporal formats and bounds, numeric bounds and {@code multipleOf} (exact for decimals), array
 * item counts, uniqueness and items, nested objects and maps at any depth, {@code invalidValues}
 * quality rules that demand every value be valid, and fields the contract does not declare. Every
 * violation of a record is reported. Values of properties classified as anything but public never
 * appear in messages.
 *
 * @param <T> the record type: {@code Map<String, ?>} for JSON-like records, or a Java record or
 *     bean
 */
public interface RecordValidator<T> {

  /**
   * Validates a record.
   *
   * @param record the record
   * @return the result, {@link ValidationResult#valid()} when valid
   */
  ValidationResult validate(T record);

  /**
   * Whether a record is valid, without collecting violations (the cheapest check).
   *
   * @param record the record
   * @return true when valid
   */
  boolean isValid(T record);

  /**
   * The contract this validator was compiled from.
   *
   * @return the contract
   */
  DataContract contract();

  /**
   * The schema object whose records this validator checks.
   *
   * @return the schema object
   */
  SchemaObject schemaObject();

  /**
   * A validator for JSON-like records: maps with String, Number, Boolean, List, Map or null values
   * (java.time values are accepted for temporal properties).
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the validator
   * @throws ContractDefinitionException if the schema object does not exist or a pattern cannot be
   *     compiled
   */
  static RecordValidator<Map<String, ?>> of(DataContract contract, String schemaObject) {
    return of(contract, schemaObject, ValidationOptions.defaults());
  }

  /**
   * A validator for JSON-like records, with options.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @param options the options
   * @return the validator
   * @throws ContractDefinitionException if the schema object does not exist or a pattern cannot be
   *     compiled
   */
  static RecordValidator<Map<String, ?>> of(
      DataContract contract, String schemaObject, ValidationOptions options) {
    return ValidatorCompiler.forMaps(contract, schemaObject, options);
  }

  /**
   * A validator for a Java record or bean type. Properties are matched by name (or by {@link
   * dev.meshsdk.contracts.annotation.ContractField#name()}); the type's Jakarta Bean Validation
   * constraints are enforced too, in the same result shape.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @param type the record type
   * @param <T> the record type
   * @return the validator
   * @throws ContractDefinitionException if the schema object does not exist, a pattern cannot be
   *     compiled, or the type has no accessor for a property the contract declares
   */
  static <T> RecordValidator<T> of(DataContract contract, String schemaObject, Class<T> type) {
    return of(contract, schemaObject, type, ValidationOptions.defaults());
  }

  /**
   * A validator for a Java record or bean type, with options.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @param type the record type
   * @param options the options
   * @param <T> the record type
   * @return the validator
   * @throws ContractDefinitionException as {@link #of(DataContract, String, Class)}
   */
  static <T> RecordValidator<T> of(
      DataContract contract, String schemaObject, Class<T> type, ValidationOptions options) {
    return ValidatorCompiler.forType(contract, schemaObject, type, options);
  }
}
