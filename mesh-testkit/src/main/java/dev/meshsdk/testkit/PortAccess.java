package dev.meshsdk.testkit;

import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.governance.Policies;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who may read an output port, as provider verification sees it: the access level, the allowed
 * domains, consumers and purposes, and which property classifications count as personal data.
 *
 * <p>Rules, checked for every consumer expectation:
 *
 * <ul>
 *   <li>{@link Level#PUBLIC}: every consumer may read the port.
 *   <li>{@link Level#INTERNAL}: a consumer whose domain is in {@link #allowedDomains()}, or any
 *       domain when that set is empty, or a consumer listed in {@link #consumerIds()}.
 *   <li>{@link Level#RESTRICTED}: only a consumer listed in {@link #consumerIds()} or whose domain
 *       is in {@link #allowedDomains()}, and, when {@link #purposes()} is not empty, only for one
 *       of those purposes.
 *   <li>At every level, reading a field whose classification is in {@link
 *       #personalDataClassifications()} needs a purpose in {@link #purposes()}; with no allowed
 *       purposes, personal data cannot be read at all.
 * </ul>
 *
 * <p>Classifications are compared case-insensitively. {@link #from(OutputPort)} and {@link
 * #from(AccessPolicy)} map mesh-core's access policy of a port onto this value.
 *
 * @param level the access level
 * @param allowedDomains the domains whose consumers may read
 * @param consumerIds the consumers that may read, by id
 * @param purposes the purposes reading is allowed for
 * @param personalDataClassifications the classifications that mark personal data, lower case
 */
public record PortAccess(
    Level level,
    Set<String> allowedDomains,
    Set<String> consumerIds,
    Set<String> purposes,
    Set<String> personalDataClassifications) {

  /** The classifications that count as personal data unless told otherwise. */
  public static final Set<String> DEFAULT_PERSONAL_DATA =
      Set.of("pii", "personal", "personal-data", "sensitive");

  /** How widely a port may be read. */
  public enum Level {
    /** Anyone. */
    PUBLIC,
    /** Consumers of the allowed domains (any domain when none is listed). */
    INTERNAL,
    /** Only listed consumers or domains, for the allowed purposes. */
    RESTRICTED
  }

  /**
   * Checks the components and copies the sets.
   *
   * @param level the access level
   * @param allowedDomains the domains whose consumers may read
   * @param consumerIds the consumers that may read, by id
   * @param purposes the purposes reading is allowed for
   * @param personalDataClassifications the classifications that mark personal data
   */
  public PortAccess {
    Objects.requireNonNull(level, "level");
    allowedDomains = Set.copyOf(allowedDomains);
    consumerIds = Set.copyOf(consumerIds);
    purposes = Set.copyOf(purposes);
    Set<String> lower = new LinkedHashSet<>();
    for (String c : personalDataClassifications) {
      lower.add(c.toLowerCase(Locale.ROOT));
    }
    personalDataClassifications = Set.copyOf(lower);
  }

  /**
   * Public access with the default personal-data classifications and no allowed purposes: anyone
   * may read, but no one may read personal data.
   *
   * @return the access
   */
  public static PortAccess publicAccess() {
    return builder().build();
  }

  /**
   * The access of a mesh-core output port: its {@link OutputPort#access()} policy, with mesh-core's
   * personal-data classifications ({@link Policies#PERSONAL_DATA_CLASSIFICATIONS}).
   *
   * @param port the output port
   * @return the access
   */
  public static PortAccess from(OutputPort port) {
    Objects.requireNonNull(port, "port");
    return from(port.access());
  }

  /**
   * Maps a mesh-core access policy, with mesh-core's personal-data classifications ({@link
   * Policies#PERSONAL_DATA_CLASSIFICATIONS}).
   *
   * @param policy the policy
   * @return the access
   * @see #from(AccessPolicy, Collection)
   */
  public static PortAccess from(AccessPolicy policy) {
    return from(policy, Policies.PERSONAL_DATA_CLASSIFICATIONS);
  }

  /**
   * Maps a mesh-core access policy: {@code Public} is {@link Level#PUBLIC}; {@code Internal} is
   * {@link Level#INTERNAL} for consumers of any domain; {@code Restricted} is {@link
   * Level#RESTRICTED} with its domains, consumers and purposes. Only a restricted policy that lists
   * purposes lets consumers read personal data.
   *
   * @param policy the policy
   * @param personalDataClassifications the classifications that mark personal data
   * @return the access
   */
  public static PortAccess from(
      AccessPolicy policy, Collection<String> personalDataClassifications) {
    Objects.requireNonNull(policy, "policy");
    Builder b = builder().personalDataClassifications(personalDataClassifications);
    if (policy instanceof AccessPolicy.Public) {
      return b.level(Level.PUBLIC).build();
    }
    if (policy instanceof AccessPolicy.Internal) {
      return b.level(Level.INTERNAL).build();
    }
    AccessPolicy.Restricted r = (AccessPolicy.Restricted) policy;
    return b.level(Level.RESTRICTED)
        .allowDomains(r.domains().toArray(String[]::new))
        .allowConsumers(r.consumers().toArray(String[]::new))
        .allowPurposes(r.purposes().toArray(String[]::new))
        .build();
  }

  /**
   * A new builder, starting from {@link Level#PUBLIC} and {@link #DEFAULT_PERSONAL_DATA}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.level = level;
    b.allowedDomains.addAll(allowedDomains);
    b.consumerIds.addAll(consumerIds);
    b.purposes.addAll(purposes);
    b.personalData.clear();
    b.personalData.addAll(personalDataClassifications);
    return b;
  }

  /**
   * Whether a classification marks personal data.
   *
   * @param classification a property's classification
   * @return true if it is one of {@link #personalDataClassifications()}
   */
  public boolean isPersonalData(String classification) {
    return personalDataClassifications.contains(classification.toLowerCase(Locale.ROOT));
  }

  /** Builds a {@link PortAccess}; fails fast on blank names. */
  public static final class Builder {
    private Level level = Level.PUBLIC;
    private final Set<String> allowedDomains = new LinkedHashSet<>();
    private final Set<String> consumerIds = new LinkedHashSet<>();
    private final Set<String> purposes = new LinkedHashSet<>();
    private final Set<String> personalData = new LinkedHashSet<>(DEFAULT_PERSONAL_DATA);

    private Builder() {}

    /**
     * Sets the level.
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(Level level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Adds allowed domains.
     *
     * @param domains domain names
     * @return this builder
     */
    public Builder allowDomains(String... domains) {
      add(allowedDomains, "allowDomains", domains);
      return this;
    }

    /**
     * Adds allowed consumers by id.
     *
     * @param ids consumer ids
     * @return this builder
     */
    public Builder allowConsumers(String... ids) {
      add(consumerIds, "allowConsumers", ids);
      return this;
    }

    /**
     * Adds allowed purposes.
     *
     * @param allowed purposes
     * @return this builder
     */
    public Builder allowPurposes(String... allowed) {
      add(purposes, "allowPurposes", allowed);
      return this;
    }

    /**
     * Replaces the classifications that mark personal data.
     *
     * @param classifications the classifications, such as {@code pii}
     * @return this builder
     */
    public Builder personalDataClassifications(Collection<String> classifications) {
      personalData.clear();
      add(personalData, "personalDataClassifications", classifications.toArray(String[]::new));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the access
     */
    public PortAccess build() {
      return new PortAccess(level, allowedDomains, consumerIds, purposes, personalData);
    }

    private static void add(Set<String> target, String parameter, String... values) {
      for (String v : values) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException(
              parameter
                  + ": every name must be non-blank, got "
                  + (v == null ? "null" : "'" + v + "'"));
        }
        target.add(v);
      }
    }
  }
}
