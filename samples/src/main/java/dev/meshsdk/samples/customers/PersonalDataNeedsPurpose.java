package dev.meshsdk.samples.customers;

import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.governance.Finding;
import dev.meshsdk.core.governance.Policies;
import dev.meshsdk.core.governance.Policy;
import dev.meshsdk.core.governance.PolicyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The customers domain's own rule {@code customers.personal-data-purpose}: a port that serves
 * personal data must be RESTRICTED <em>and</em> name the purposes it may be read for. The
 * organisation's {@code personal-data-restricted} rule only asks for RESTRICTED; under GDPR the
 * customers team must also know why each consumer reads.
 */
public record PersonalDataNeedsPurpose() implements Policy {
  @Override
  public String id() {
    return "customers.personal-data-purpose";
  }

  @Override
  public List<Finding> evaluate(DataProduct product, PolicyContext context) {
    List<Finding> out = new ArrayList<>();
    for (OutputPort port : product.outputPorts()) {
      List<String> personal = new ArrayList<>();
      port.contract()
          .ifPresent(
              c -> {
                for (SchemaObject o : c.schema()) {
                  collect(o.properties(), "", personal);
                }
              });
      if (personal.isEmpty()) {
        continue;
      }
      boolean named = port.access() instanceof AccessPolicy.Restricted r && !r.purposes().isEmpty();
      if (!named) {
        out.add(
            context.finding(
                "outputPorts[" + port.name() + "].access",
                "the port serves personal data ("
                    + String.join(", ", personal)
                    + ") but its access policy names no purposes; restrict it to the purposes"
                    + " the data may be read for"));
      }
    }
    return out;
  }

  private static void collect(List<SchemaProperty> properties, String prefix, List<String> out) {
    for (SchemaProperty p : properties) {
      String path = prefix + p.name().orElse("[]");
      boolean personal =
          p.classification()
              .map(c -> Policies.PERSONAL_DATA_CLASSIFICATIONS.contains(c.toLowerCase(Locale.ROOT)))
              .orElse(false);
      if (personal) {
        out.add(path);
      }
      collect(p.properties(), path + ".", out);
      p.items().ifPresent(i -> collect(i.properties(), path + "[].", out));
    }
  }
}
