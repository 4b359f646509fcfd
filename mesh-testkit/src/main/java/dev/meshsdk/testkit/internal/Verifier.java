package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.testkit.Check;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.FieldExpectation;
import dev.meshsdk.testkit.Mismatch;
import dev.meshsdk.testkit.PortAccess;
import dev.meshsdk.testkit.VerificationResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Verifies one consumer's expectations against a provider's contract, access and samples. */
public final class Verifier {
  private Verifier() {}

  /**
   * A sample record and where it comes from, for messages.
   *
   * @param label such as {@code state 'paid orders' record #2}
   * @param record the record
   */
  record Sample(String label, Map<String, ?> record) {}

  /**
   * Contract-only verification: the schema object exists and guarantees every field expectation.
   *
   * @param e the expectations
   * @param contract the provider's contract
   * @return the result
   */
  public static VerificationResult contract(Expectations e, DataContract contract) {
    Optional<SchemaObject> object = ContractFields.schemaObject(contract, e.schemaObject());
    if (object.isEmpty()) {
      return new VerificationResult(e, List.of(noSchema(e, contract)));
    }
    return new VerificationResult(e, ContractMatcher.mismatches(e, object.get()));
  }

  private static Mismatch noSchema(Expectations e, DataContract contract) {
    return new Mismatch(
        e.consumerId(),
        "schema",
        "schema object " + e.schemaObject().map(s -> "'" + s + "'").orElse("(the only one)"),
        ContractFields.noSchemaObject(contract, e.schemaObject()));
  }

  /**
   * Full verification: governance, the contract, and the consumer's field expectations and checks
   * on the provider's sample records of the states the consumer names.
   *
   * @param e the expectations
   * @param contract the provider's current contract
   * @param access the port's access
   * @param samplesByState the provider's sample records by state name
   * @return the result
   */
  public static VerificationResult full(
      Expectations e,
      DataContract contract,
      PortAccess access,
      Map<String, ? extends Collection<? extends Map<String, ?>>> samplesByState) {
    Optional<SchemaObject> found = ContractFields.schemaObject(contract, e.schemaObject());
    if (found.isEmpty()) {
      return new VerificationResult(e, List.of(noSchema(e, contract)));
    }
    SchemaObject object = found.get();
    List<Mismatch> out = new ArrayList<>(Governance.mismatches(e, object, access));
    out.addAll(ContractMatcher.mismatches(e, object));

    List<Sample> samples = new ArrayList<>();
    List<String> states =
        e.providerStates().isEmpty()
            ? new ArrayList<>(samplesByState.keySet())
            : e.providerStates();
    for (String state : states) {
      Collection<? extends Map<String, ?>> records = samplesByState.get(state);
      if (records == null) {
        out.add(
            new Mismatch(
                e.consumerId(),
                "samples",
                "provider state '" + state + "'",
                "the provider supplies no samples for it (it has "
                    + new TreeSet<>(samplesByState.keySet())
                    + ")"));
        continue;
      }
      int i = 0;
      for (Map<String, ?> r : records) {
        samples.add(new Sample("sample '" + state + "' #" + (++i), r));
      }
    }
    if (samples.isEmpty() && !e.checks().isEmpty()) {
      out.add(
          new Mismatch(
              e.consumerId(),
              "samples",
              e.checks().size() + " named check(s) to run on sample records",
              "the provider supplies no sample records"));
    }
    RecordValidator<Map<String, ?>> validator = null;
    try {
      validator = RecordValidator.of(contract, object.name());
    } catch (MeshException ex) {
      out.add(
          new Mismatch(
              e.consumerId(),
              "samples",
              "sample records valid against the provider's contract",
              "the contract cannot be compiled: " + ex.getMessage()));
    }
    for (Sample s : samples) {
      if (validator != null) {
        ValidationResult v = validator.validate(s.record());
        if (!v.isValid()) {
          out.add(
              new Mismatch(
                  e.consumerId(),
                  "samples",
                  "sample records valid against the provider's contract",
                  s.label()
                      + " breaks it: "
                      + v.violations().stream()
                          .map(Object::toString)
                          .collect(Collectors.joining("; "))));
        }
      }
    }
    for (FieldExpectation f : e.fields()) {
      for (Sample s : samples) {
        Optional<String> broken = FieldValues.breaks(f, s.record());
        if (broken.isPresent()) {
          out.add(
              new Mismatch(
                  e.consumerId(),
                  f.path(),
                  f.describe(),
                  s.label()
                      + " breaks it: "
                      + broken.get()
                      + " in "
                      + Masking.show(s.record(), object)));
          break;
        }
      }
    }
    for (Check c : e.checks()) {
      for (Sample s : samples) {
        if (!c.condition().test(s.record())) {
          out.add(
              new Mismatch(
                  e.consumerId(),
                  "check '" + c.name() + "'",
                  c.condition().toString(),
                  s.label() + " does not meet it: " + Masking.show(s.record(), object)));
          break;
        }
      }
    }
    return new VerificationResult(e, out);
  }
}
