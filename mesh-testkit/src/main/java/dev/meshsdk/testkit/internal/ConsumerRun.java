package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.testkit.Check;
import dev.meshsdk.testkit.ExpectationFailedException;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.FieldExpectation;
import dev.meshsdk.testkit.Mismatch;
import dev.meshsdk.testkit.StubRecords;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs a consumer test: contract guarantees, example records, then the code on stub records. */
public final class ConsumerRun {
  private ConsumerRun() {}

  /**
   * Runs the test.
   *
   * @param e the consumer's expectations
   * @param contract the provider's contract
   * @param examples the consumer's own example records
   * @param stubs the stub generator
   * @param seed the seed
   * @param code the consumer's code
   * @throws ExpectationFailedException on the first kind of failure found
   */
  public static void run(
      Expectations e,
      DataContract contract,
      List<Map<String, ?>> examples,
      StubRecords stubs,
      long seed,
      Consumer<? super Map<String, Object>> code) {
    String who =
        "consumer '"
            + e.consumerId()
            + "' of "
            + e.product()
            + "/"
            + e.port()
            + " (contract '"
            + contract.id()
            + "' "
            + contract.version()
            + ")";
    Optional<SchemaObject> found = ContractFields.schemaObject(contract, e.schemaObject());
    if (found.isEmpty()) {
      throw new ExpectationFailedException(
          who + ": " + ContractFields.noSchemaObject(contract, e.schemaObject()));
    }
    SchemaObject object = found.get();
    List<Mismatch> mismatches = ContractMatcher.mismatches(e, object);
    if (!mismatches.isEmpty()) {
      throw new ExpectationFailedException(
          who
              + " relies on what the contract does not guarantee:"
              + mismatches.stream()
                  .map(
                      m ->
                          "\n  - "
                              + m.subject()
                              + ": expects "
                              + m.expectation()
                              + ", but "
                              + m.reason())
                  .collect(Collectors.joining()));
    }
    for (int i = 0; i < examples.size(); i++) {
      Map<String, ?> example = examples.get(i);
      for (FieldExpectation f : e.fields()) {
        Optional<String> broken = FieldValues.breaks(f, example);
        if (broken.isPresent()) {
          throw new ExpectationFailedException(
              who
                  + ": example #"
                  + (i + 1)
                  + " breaks the consumer's own expectation "
                  + f
                  + ": "
                  + broken.get()
                  + " in "
                  + Masking.show(example, object));
        }
      }
      for (Check c : e.checks()) {
        if (!c.condition().test(example)) {
          throw new ExpectationFailedException(
              who
                  + ": example #"
                  + (i + 1)
                  + " does not meet the consumer's own check "
                  + c
                  + ": "
                  + Masking.show(example, object));
        }
      }
    }

    RecordValidator<Map<String, ?>> validator = RecordValidator.of(contract, object.name());
    List<Map<String, Object>> records = new ArrayList<>();
    int generated = 0;
    try (Stream<Map<String, Object>> stream = stubs.records(contract, object.name(), seed)) {
      Iterator<Map<String, Object>> it = stream.iterator();
      while (it.hasNext()) {
        Map<String, Object> r = it.next();
        generated++;
        if (validator.isValid(r)) {
          records.add(r);
        }
      }
    } catch (MeshException | IllegalArgumentException | IllegalStateException ex) {
      throw new ExpectationFailedException(
          who
              + ": the stub record generator failed on schema object '"
              + object.name()
              + "': "
              + ex.getMessage(),
          ex);
    }
    if (records.isEmpty()) {
      throw new ExpectationFailedException(
          who
              + ": the stub record generator made no record valid against schema object '"
              + object.name()
              + "' ("
              + generated
              + " made); plug in a better one with stubs(...)");
    }
    List<Map<String, ?>> all = new ArrayList<>();
    for (Map<String, ?> ex : examples) {
      all.add(ex);
    }
    all.addAll(records);
    for (int i = 0; i < all.size(); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) all.get(i);
      String label =
          i < examples.size()
              ? "example #" + (i + 1)
              : "stub record #"
                  + (i - examples.size() + 1)
                  + " of "
                  + records.size()
                  + " (seed "
                  + seed
                  + ")";
      try {
        code.accept(r);
      } catch (RuntimeException | AssertionError | LinkageError failure) {
        boolean classified = Masking.hasClassified(object);
        String thrown =
            failure.getClass().getName()
                + (classified || failure.getMessage() == null ? "" : ": " + failure.getMessage());
        throw new ExpectationFailedException(
            who
                + " cannot handle "
                + label
                + " of schema object '"
                + object.name()
                + "', which the contract allows: "
                + Masking.show(r, object)
                + "\n  the consumer's code threw "
                + thrown,
            classified ? new MaskedFailure(failure) : failure);
      }
    }
  }

  /** The consumer code's failure without its message, which may hold classified values. */
  static final class MaskedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MaskedFailure(Throwable original) {
      super(
          original.getClass().getName() + " (message hidden: the record holds classified values)");
      setStackTrace(original.getStackTrace());
    }
  }
}
