package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.internal.GeneratedStubRecords;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes stub records from a provider's contract for a consumer test: records the contract allows,
 * including the awkward ones (optional fields null or missing, values on their bounds, empty
 * arrays), so that the consumer's code meets them before production does.
 *
 * <p>The consumer test runs its code only on stub records that are valid against the contract, so
 * an implementation may be approximate. {@link #generated()} is the default; another source can be
 * plugged in with {@link ConsumerContract#stubs(StubRecords)}.
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
   * The default: records drawn by {@link dev.meshsdk.testkit.generate.RecordGenerator} from the
   * seed. First one record with every optional property present, one with optional properties
   * absent and one with them {@code null}; then records made of edge values (numeric and temporal
   * bounds, shortest and longest strings, empty arrays, each allowed value); then typical records.
   * Every record is valid against the contract.
   *
   * @return the generator
   */
  static StubRecords generated() {
    return GeneratedStubRecords.INSTANCE;
  }
}
