package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.FieldExpectation;
import dev.meshsdk.testkit.Mismatch;
import dev.meshsdk.testkit.PortAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Whether a port's access allows a consumer, its purpose and the personal data it reads. */
public final class Governance {
  private Governance() {}

  /**
   * Every way the access does not allow the consumer's reading.
   *
   * @param e the consumer's expectations
   * @param object the port's schema object, for classifications
   * @param access the port's access
   * @return the mismatches
   */
  public static List<Mismatch> mismatches(Expectations e, SchemaObject object, PortAccess access) {
    List<Mismatch> out = new ArrayList<>();
    String who = "consumer '" + e.consumerId() + "' of domain '" + e.consumerDomain() + "'";
    String asked = "read access for purpose '" + e.purpose() + "'";
    boolean listed =
        access.consumerIds().contains(e.consumerId())
            || access.allowedDomains().contains(e.consumerDomain());
    switch (access.level()) {
      case PUBLIC -> {}
      case INTERNAL -> {
        if (!access.allowedDomains().isEmpty() && !listed) {
          out.add(
              new Mismatch(
                  e.consumerId(),
                  "access",
                  asked,
                  "the port is INTERNAL to domains "
                      + sorted(access.allowedDomains())
                      + " and "
                      + who
                      + " is not allowed"));
        }
      }
      case RESTRICTED -> {
        if (!listed) {
          out.add(
              new Mismatch(
                  e.consumerId(),
                  "access",
                  asked,
                  "the port is RESTRICTED and "
                      + who
                      + " is neither among its consumers "
                      + sorted(access.consumerIds())
                      + " nor in its domains "
                      + sorted(access.allowedDomains())));
        }
        if (!access.purposes().isEmpty() && !access.purposes().contains(e.purpose())) {
          out.add(
              new Mismatch(
                  e.consumerId(),
                  "access",
                  asked,
                  "the port is RESTRICTED to purposes "
                      + sorted(access.purposes())
                      + " and '"
                      + e.purpose()
                      + "' is not one of them"));
        }
      }
    }
    if (!access.purposes().contains(e.purpose())) {
      for (FieldExpectation f : e.fields()) {
        Optional<ContractFields.Found> found = ContractFields.find(object, f.path());
        Optional<String> personal =
            found.stream()
                .flatMap(x -> x.classifications().stream())
                .filter(access::isPersonalData)
                .findFirst();
        personal.ifPresent(
            c ->
                out.add(
                    new Mismatch(
                        e.consumerId(),
                        f.path(),
                        "to read it for purpose '" + e.purpose() + "'",
                        "it is personal data (classification '"
                            + c
                            + "') and the port allows personal data only for purposes "
                            + sorted(access.purposes()))));
      }
    }
    return out;
  }

  private static String sorted(java.util.Set<String> s) {
    return new TreeSet<>(s).toString();
  }
}
