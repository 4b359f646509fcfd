package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.internal.SimpleStubRecords;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes stub records from a provider's contract for a consumer test: records the contract allows,
 * including the awkward ones (optional fields null or missing, values on their bounds, empty
 * arrays), so that the consumer's code meets them before production does.
 *
 * <p>The consumer test runs its code only on stub records that are valid against the contract, so
 * an implementation may be approximate. {@link #simple()} is built in; contract-driven generators
 * can be plugged in with {@link ConsumerContract#stubs(StubRecords)}.
 */
@FunctionalInterface
public interface StubRecords {

  /**
   * Stub records for one schema object of a contract. The same seed gives the same records.
   *
   * @param contract the provider's contract
   * @param schemaObject the schema object's name
   * @param seed the seed of any randomness
   * @return the records: JSON-like maps (String, Number, Boolean, List, Map, null values)
   */
  Stream<Map<String, Object>> records(DataContract contract, String schemaObject, long seed);

  /**
   * The built-in generator: one record with every field, one with only the required fields, one
   * with optional fields null, and one per edge (each numeric bound, the shortest and longest text,
   * each enum value, an empty array). Strings with a pattern use the property's examples when they
   * have one.
   *
   * @return the generator
   */
  static StubRecords simple() {
    return SimpleStubRecords.INSTANCE;
  }
}
