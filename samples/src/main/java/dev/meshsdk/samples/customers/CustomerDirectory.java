package dev.meshsdk.samples.customers;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import dev.meshsdk.testkit.generate.RecordGenerator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The customers domain's profile store, filled with generated profiles for the demo (a real service
 * would read its database here).
 */
public final class CustomerDirectory {
  private final RecordGenerator<Map<String, @Nullable Object>> profiles;

  /**
   * A directory of generated profiles.
   *
   * @param contract the customer profiles contract
   * @param seed the seed, for a reproducible demo
   */
  public CustomerDirectory(DataContract contract, long seed) {
    this.profiles =
        RecordGenerator.of(
            contract,
            CustomersProduct.SCHEMA_OBJECT,
            GeneratorOptions.builder().seed(seed).build());
  }

  /**
   * The first profiles of the directory.
   *
   * @param count how many
   * @return the profiles, valid against the contract
   */
  public List<Map<String, @Nullable Object>> profiles(int count) {
    return profiles.sample(count);
  }

  /**
   * The generator behind the profiles, also for invalid records.
   *
   * @return the generator
   */
  public RecordGenerator<Map<String, @Nullable Object>> generator() {
    return profiles;
  }
}
