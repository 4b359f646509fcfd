package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.StubRecords;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import dev.meshsdk.testkit.generate.RecordGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The default {@link StubRecords}, drawn by the contract-driven {@link RecordGenerator}: one record
 * with every optional property present, one with them absent, one with them null, then records made
 * of edge values, then typical records.
 */
public enum GeneratedStubRecords implements StubRecords {
  /** The one instance. */
  INSTANCE;

  /** Records drawn with edge values only. */
  static final int EDGE_RECORDS = 24;

  /** Records drawn with the default options. */
  static final int TYPICAL_RECORDS = 16;

  @Override
  public Stream<Map<String, Object>> records(
      DataContract contract, String schemaObject, long seed) {
    GeneratorOptions base = GeneratorOptions.defaults().withSeed(seed);
    List<Map<String, Object>> out = new ArrayList<>();
    out.addAll(
        draw(
            contract,
            schemaObject,
            base.toBuilder().optionalPresence(1).edgeProbability(0).build(),
            1));
    out.addAll(
        draw(
            contract,
            schemaObject,
            base.toBuilder().optionalPresence(0).nullProbability(0).build(),
            1));
    out.addAll(
        draw(
            contract,
            schemaObject,
            base.toBuilder().optionalPresence(0).nullProbability(1).build(),
            1));
    out.addAll(
        draw(
            contract,
            schemaObject,
            base.toBuilder().optionalPresence(1).edgeProbability(1).build(),
            EDGE_RECORDS));
    out.addAll(draw(contract, schemaObject, base, TYPICAL_RECORDS));
    return out.stream();
  }

  private static List<Map<String, Object>> draw(
      DataContract contract, String schemaObject, GeneratorOptions options, int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, ? extends Object> r :
        RecordGenerator.of(contract, schemaObject, options).sample(n)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> record = (Map<String, Object>) r;
      out.add(record);
    }
    return out;
  }
}
