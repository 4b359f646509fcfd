package dev.meshsdk.core;

import dev.meshsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may read an output port: {@link Public anyone}, {@link Internal any consumer of the
 * organisation}, or {@link Restricted only listed domains or consumers, for listed purposes}.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.restricted().domain("finance").purpose("fraud-detection").build();
 * AccessDecision d = policy.decide(ConsumerIdentity.of("fraud-app", "finance", "fraud-detection"));
 * }</pre>
 */
public sealed interface AccessPolicy
    permits AccessPolicy.Public, AccessPolicy.Internal, AccessPolicy.Restricted {

  /**
   * The kind of policy.
   *
   * @return the level
   */
  AccessLevel level();

  /**
   * Decides whether a consumer may read the port.
   *
   * @param consumer who asks
   * @return allowed or denied, with the reason
   */
  AccessDecision decide(ConsumerIdentity consumer);

  /**
   * Anyone may read.
   *
   * @return the policy
   */
  static AccessPolicy publicAccess() {
    return Public.INSTANCE;
  }

  /**
   * Any consumer from a domain of the organisation may read.
   *
   * @return the policy
   */
  static AccessPolicy internal() {
    return Internal.INSTANCE;
  }

  /**
   * Starts a restricted policy.
   *
   * @return the builder
   */
  static Restricted.Builder restricted() {
    return new Restricted.Builder();
  }

  /** Anyone may read the port. */
  record Public() implements AccessPolicy {
    static final Public INSTANCE = new Public();

    @Override
    public AccessLevel level() {
      return AccessLevel.PUBLIC;
    }

    @Override
    public AccessDecision decide(ConsumerIdentity consumer) {
      return AccessDecision.allow("the port is PUBLIC");
    }
  }

  /** Any consumer that belongs to a domain of the organisation may read the port. */
  record Internal() implements AccessPolicy {
    static final Internal INSTANCE = new Internal();

    @Override
    public AccessLevel level() {
      return AccessLevel.INTERNAL;
    }

    @Override
    public AccessDecision decide(ConsumerIdentity consumer) {
      if (consumer.domain().isEmpty()) {
        return AccessDecision.deny(
            "the port is INTERNAL and consumer '"
                + consumer.consumerId()
                + "' belongs to no domain of the organisation");
      }
      return AccessDecision.allow(
          "the port is INTERNAL and consumer '"
              + consumer.consumerId()
              + "' belongs to domain '"
              + consumer.domain().get()
              + "'");
    }
  }

  /**
   * Only consumers that are listed by id, or whose domain is listed, may read the port; when
   * purposes are listed, the consumer must also state one of them.
   *
   * @param domains the domains whose consumers may read
   * @param consumers the consumer ids that may read
   * @param purposes the purposes reading is allowed for; empty means any purpose
   */
  record Restricted(Set<String> domains, Set<String> consumers, Set<String> purposes)
      implements AccessPolicy {
    /**
     * Checks and copies the components.
     *
     * @param domains the domains whose consumers may read
     * @param consumers the consumer ids that may read
     * @param purposes the purposes reading is allowed for; empty means any purpose
     * @throws ProductDefinitionException if an entry is blank, or neither a domain nor a consumer
     *     is listed
     */
    public Restricted {
      String subject = "AccessPolicy RESTRICTED";
      domains = Set.copyOf(Checks.distinctNotBlank(subject, "domains", sorted(domains)));
      consumers = Set.copyOf(Checks.distinctNotBlank(subject, "consumers", sorted(consumers)));
      purposes = Set.copyOf(Checks.distinctNotBlank(subject, "purposes", sorted(purposes)));
      if (domains.isEmpty() && consumers.isEmpty()) {
        throw new ProductDefinitionException(
            subject,
            "domains",
            "restricted-needs-grantee",
            "a restricted policy must list at least one domain or consumer, else nobody may read");
      }
    }

    private static List<String> sorted(Set<String> values) {
      Objects.requireNonNull(values, "values");
      List<String> list = new ArrayList<>(values);
      list.sort(null);
      return list;
    }

    @Override
    public AccessLevel level() {
      return AccessLevel.RESTRICTED;
    }

    @Override
    public AccessDecision decide(ConsumerIdentity consumer) {
      String id = consumer.consumerId();
      boolean byId = consumers.contains(id);
      boolean byDomain = consumer.domain().map(domains::contains).orElse(false);
      if (!byId && !byDomain) {
        return AccessDecision.deny(
            "the port is RESTRICTED to domains "
                + sorted(domains)
                + " and consumers "
                + sorted(consumers)
                + "; consumer '"
                + id
                + "'"
                + consumer.domain().map(d -> " of domain '" + d + "'").orElse(" of no domain")
                + " is neither");
      }
      String who =
          byId
              ? "consumer '" + id + "' is listed"
              : "domain '" + consumer.domain().get() + "' is listed";
      if (purposes.isEmpty()) {
        return AccessDecision.allow("the port is RESTRICTED and " + who);
      }
      if (consumer.purpose().isEmpty()) {
        return AccessDecision.deny(
            "the port is RESTRICTED to purposes "
                + sorted(purposes)
                + " and consumer '"
                + id
                + "' states no purpose");
      }
      String purpose = consumer.purpose().get();
      if (!purposes.contains(purpose)) {
        return AccessDecision.deny(
            "the port is RESTRICTED to purposes "
                + sorted(purposes)
                + " and consumer '"
                + id
                + "' states purpose '"
                + purpose
                + "'");
      }
      return AccessDecision.allow(
          "the port is RESTRICTED, " + who + " and purpose '" + purpose + "' is allowed");
    }

    /** Builds a {@link Restricted} policy. */
    public static final class Builder {
      private final Set<String> domains = new LinkedHashSet<>();
      private final Set<String> consumers = new LinkedHashSet<>();
      private final Set<String> purposes = new LinkedHashSet<>();

      private Builder() {}

      /**
       * Lets the consumers of a domain read.
       *
       * @param domain the domain
       * @return this
       */
      public Builder domain(String domain) {
        domains.add(Objects.requireNonNull(domain, "domain"));
        return this;
      }

      /**
       * Lets the consumers of several domains read.
       *
       * @param values the domains
       * @return this
       */
      public Builder domains(Iterable<String> values) {
        values.forEach(this::domain);
        return this;
      }

      /**
       * Lets a consumer read.
       *
       * @param consumerId the consumer's id
       * @return this
       */
      public Builder consumer(String consumerId) {
        consumers.add(Objects.requireNonNull(consumerId, "consumerId"));
        return this;
      }

      /**
       * Lets several consumers read.
       *
       * @param values the consumer ids
       * @return this
       */
      public Builder consumers(Iterable<String> values) {
        values.forEach(this::consumer);
        return this;
      }

      /**
       * Allows a purpose; once any purpose is listed, consumers must state one of them.
       *
       * @param purpose the purpose
       * @return this
       */
      public Builder purpose(String purpose) {
        purposes.add(Objects.requireNonNull(purpose, "purpose"));
        return this;
      }

      /**
       * Allows several purposes.
       *
       * @param values the purposes
       * @return this
       */
      public Builder purposes(Iterable<String> values) {
        values.forEach(this::purpose);
        return this;
      }

      /**
       * Builds the policy.
       *
       * @return the policy
       * @throws ProductDefinitionException if neither a domain nor a consumer is listed
       */
      public Restricted build() {
        return new Restricted(domains, consumers, purposes);
      }
    }
  }
}
