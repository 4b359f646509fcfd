package dev.meshsdk.samples.providers;

import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.governance.Policies;
import dev.meshsdk.testkit.PortAccess;

/** The test kit's view of a port's access, taken from the port's declared access policy. */
final class PortAccesses {
  private PortAccesses() {}

  static PortAccess of(OutputPort port) {
    PortAccess.Builder b =
        PortAccess.builder().personalDataClassifications(Policies.PERSONAL_DATA_CLASSIFICATIONS);
    AccessPolicy policy = port.access();
    if (policy instanceof AccessPolicy.Restricted r) {
      return b.level(PortAccess.Level.RESTRICTED)
          .allowDomains(r.domains().toArray(String[]::new))
          .allowConsumers(r.consumers().toArray(String[]::new))
          .allowPurposes(r.purposes().toArray(String[]::new))
          .build();
    }
    return b.level(
            policy instanceof AccessPolicy.Internal
                ? PortAccess.Level.INTERNAL
                : PortAccess.Level.PUBLIC)
        .build();
  }
}
