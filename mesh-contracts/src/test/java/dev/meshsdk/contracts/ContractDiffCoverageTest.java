package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that the diff covers every field of the model: starting from a contract that fills
 * (almost) every ODCS field, each record component reachable from {@link DataContract} is changed
 * alone (removed, emptied, given another value or a value where it had none), and the diff must
 * report it at the expected schema path, naming the field.
 */
class ContractDiffCoverageTest {
  static final String EXTRA_PROPERTY =
      """
            - name: attributes
              id: attributes_id
              physicalName: attributes_col
              businessName: Attributes
              description: Free attributes
              logicalType: map
              physicalType: jsonb
              semanticType: dimension
              criticalDataElement: true
              encryptedName: attributes_enc
              transformSourceObjects: [raw]
              transformLogic: copy
              transformDescription: copied as is
              examples: [x]
              tags: [misc]
              primaryKeyPosition: 1
              partitioned: true
              partitionKeyPosition: 1
              synonyms:
                - synonym: attrs
                  locale: en
              authoritativeDefinitions:
                - url: https://example.com/attributes
                  type: businessDefinition
              customProperties:
                - property: origin
                  value: import
              relationships:
                - type: foreignKey
                  to: shipments.shipment_id
              map:
                key:
                  logicalType: string
                value:
                  logicalType: string
                  logicalTypeOptions:
                    maxLength: 5
      """;

  static final String EXTRA_ROOT =
      """
      name: Shipments
      tenant: acme
      domain: logistics
      dataProduct: shipments-product
      tags: [logistics]
      description:
        usage: Analytics
        purpose: Track shipments
        limitations: None
        authoritativeDefinitions:
          - url: https://example.com/doc
            type: businessDefinition
        customProperties:
          - property: owner
            value: ops
      team:
        name: logistics-team
        description: The team
        members:
          - username: alice
            role: owner
            dateIn: '2024-01-01'
      support:
        - channel: slack
          url: https://slack.example.com/shipments
          tool: slack
      price:
        priceAmount: 1.5
        priceCurrency: USD
        priceUnit: megabyte
      slaDefaultElement: shipments.shipped_at
      authoritativeDefinitions:
        - url: https://example.com/contract
          type: canonicalUrl
      customProperties:
        - property: refresh
          value: daily
          description: how often
      contractCreatedTs: '2024-01-01T00:00:00Z'
      context:
        instructions: Use with care
        verifiedStatements:
          - question: Is it complete?
            answer: 'yes'
        constraints:
          - constraint: no PII
      x-vendor: value
      """;

  static DataContract rich() {
    String yaml =
        ContractDiffTest.BASE
                .replace("      - name: lines\n", EXTRA_PROPERTY + "      - name: lines\n")
                .replace(
                    "    access: read\n",
                    "    access: read\n    description: readers\n    firstLevelApprovers: ops\n")
                .replace(
                    "    schema: public\n",
                    "    schema: public\n    description: main\n    environment: prod\n"
                        + "    roles:\n      - role: dba\n")
                .replace(
                    "        metric: rowCount\n",
                    "        metric: rowCount\n        description: enough rows\n"
                        + "        dimension: completeness\n        severity: error\n"
                        + "        businessImpact: operational\n        schedule: 0 20 * * *\n"
                        + "        scheduler: cron\n        method: reconciliation\n"
                        + "        tags: [volume]\n")
                .replace(
                    "    value: 4\n    unit: d\n",
                    "    value: 4\n    unit: d\n    element: shipments.shipped_at\n"
                        + "    driver: operational\n    description: fresh\n    id: lat\n"
                        + "    scheduler: cron\n    schedule: daily\n    valueExt: 5\n")
                .replace(
                    "          - value: NEW\n", "          - value: NEW\n            label: New\n")
            + EXTRA_ROOT;
    return DataContracts.parse(yaml);
  }

  /** A contract with one component changed. */
  record Mutation(String component, String where, String expectedPath, DataContract contract) {}

  /** Fields whose changes are reported under another name. */
  private static final Map<String, List<String>> ALIASES =
      Map.of(
          "operators", List.of("must", "quality"),
          "unit", List.of("value", "unit"),
          "arguments", List.of("validValues", "arguments"),
          "value", List.of("enumValues", "value"),
          "exclusiveMinimum", List.of("inimum"),
          "exclusiveMaximum", List.of("aximum"));

  @Test
  void changingAnySingleFieldOfTheModelIsReportedAtItsPath() {
    DataContract rich = rich();
    assertThat(ContractDiff.between(rich, rich).changes()).isEmpty();
    List<Mutation> mutations = new ArrayList<>();
    mutate(
        rich,
        "",
        "DataContract",
        m ->
            mutations.add(
                new Mutation(
                    m.component(), m.where(), m.expectedPath(), (DataContract) m.value())));
    Set<String> covered = new LinkedHashSet<>();
    List<String> failures = new ArrayList<>();
    for (Mutation m : mutations) {
      ContractDiff d = ContractDiff.between(rich, m.contract());
      List<String> names = new ArrayList<>(ALIASES.getOrDefault(m.component(), List.of()));
      names.add(m.component());
      boolean rekeyed =
          d.changes().stream().anyMatch(c -> c.kind() == ChangeKind.ADDED)
              && d.changes().stream().anyMatch(c -> c.kind() == ChangeKind.REMOVED);
      boolean reported =
          d.changes().stream()
              .anyMatch(
                  c ->
                      (m.expectedPath().isEmpty()
                              || c.path().equals(m.expectedPath())
                              || c.path().startsWith(m.expectedPath() + "."))
                          && (rekeyed
                              || c.kind() == ChangeKind.REMOVED
                              || names.stream().anyMatch(n -> c.location().contains(n))));
      if (reported) {
        covered.add(m.where().replaceAll("\\[\\d+]", ""));
      } else {
        failures.add(m.where() + " -> " + d.changes());
      }
    }
    assertThat(failures).isEmpty();
    // The walk reached the components of every model record.
    assertThat(covered)
        .contains(
            "DataContract.version",
            "DataContract.context.verifiedStatements.answer",
            "DataContract.team.members.dateIn",
            "DataContract.price.priceAmount",
            "DataContract.servers.roles.role",
            "DataContract.support.tool",
            "DataContract.description.customProperties.value",
            "DataContract.schema.properties.map.value.logicalTypeOptions.maxLength",
            "DataContract.schema.properties.items.properties.logicalTypeOptions.pattern",
            "DataContract.schema.properties.items.properties.quality.operators",
            "DataContract.schema.properties.synonyms.locale",
            "DataContract.schema.properties.enumValues.label",
            "DataContract.schema.properties.relationships.to",
            "DataContract.schema.quality.scheduler",
            "DataContract.slaProperties.valueExt",
            "DataContract.extensions");
    assertThat(mutations.size()).isGreaterThan(300);
  }

  /** A changed value of some component somewhere below a root record. */
  record Changed(String component, String where, String expectedPath, Object value) {}

  interface Sink {
    void accept(Changed c);
  }

  /** Every single-component change of a record, rebuilt up to the record. */
  static void mutate(Record r, String path, String where, Sink sink) {
    for (RecordComponent rc : r.getClass().getRecordComponents()) {
      Object v = read(rc, r);
      String here = where + "." + rc.getName();
      for (Object nv : alternatives(v, rc.getGenericType())) {
        rebuild(r, rc, nv).ifPresent(n -> sink.accept(new Changed(rc.getName(), here, path, n)));
      }
      if (v instanceof Optional<?> o && o.isPresent() && isModel(o.get())) {
        mutate(
            (Record) o.get(),
            path,
            here,
            c ->
                rebuild(r, rc, Optional.of(c.value()))
                    .ifPresent(
                        n ->
                            sink.accept(
                                new Changed(c.component(), c.where(), c.expectedPath(), n))));
      } else if (v instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (!isModel(list.get(i))) {
            continue;
          }
          int index = i;
          String childPath = path;
          if (list.get(i) instanceof SchemaObject o) {
            childPath = o.name();
          } else if (list.get(i) instanceof SchemaProperty p && rc.getName().equals("properties")) {
            childPath = path + "." + p.name().orElse("");
          }
          mutate(
              (Record) list.get(i),
              childPath,
              here + "[" + i + "]",
              c -> {
                List<Object> copy = new ArrayList<>(list);
                copy.set(index, c.value());
                rebuild(r, rc, copy)
                    .ifPresent(
                        n ->
                            sink.accept(
                                new Changed(c.component(), c.where(), c.expectedPath(), n)));
              });
        }
      }
    }
  }

  private static boolean isModel(Object o) {
    return o instanceof Record && !(o instanceof JsonValue);
  }

  private static Object read(RecordComponent rc, Record r) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Object> rebuild(Record r, RecordComponent changed, Object value) {
    RecordComponent[] rcs = r.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      types[i] = rcs[i].getType();
      args[i] = rcs[i].getName().equals(changed.getName()) ? value : read(rcs[i], r);
    }
    try {
      Constructor<?> c = r.getClass().getDeclaredConstructor(types);
      Object n = c.newInstance(args);
      return n.equals(r) ? Optional.empty() : Optional.of(n);
    } catch (InvocationTargetException e) {
      return Optional.empty(); // the record's invariants refuse this value
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Other values of a component: absent or empty, a different value, a value where none was. */
  private static List<Object> alternatives(Object v, Type type) {
    List<Object> out = new ArrayList<>();
    if (v instanceof Optional<?> o) {
      Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (o.isPresent()) {
        out.add(Optional.empty());
        other(o.get()).ifPresent(x -> out.add(Optional.of(x)));
      } else {
        sample(inner).ifPresent(x -> out.add(Optional.of(x)));
      }
    } else if (v instanceof List<?> l) {
      if (!l.isEmpty()) {
        out.add(List.of());
      } else {
        sample(((ParameterizedType) type).getActualTypeArguments()[0])
            .ifPresent(x -> out.add(List.of(x)));
      }
    } else if (v instanceof Map<?, ?> m) {
      Type key = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (!m.isEmpty()) {
        out.add(Map.of());
      } else if (key == String.class) {
        Map<String, JsonValue> one = new LinkedHashMap<>();
        one.put("x-mutated", new JsonValue.Str("added"));
        out.add(one);
      }
    } else {
      other(v).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Object> other(Object v) {
    if (v instanceof String s) {
      return Optional.of(s + "-changed");
    }
    if (v instanceof Integer i) {
      return Optional.of(i + 1);
    }
    if (v instanceof Boolean b) {
      return Optional.of(!b);
    }
    if (v instanceof BigDecimal d) {
      return Optional.of(d.add(BigDecimal.ONE));
    }
    if (v instanceof JsonValue.Num n) {
      return Optional.of(new JsonValue.Num(n.value().add(BigDecimal.ONE)));
    }
    if (v instanceof JsonValue j) {
      return Optional.of(new JsonValue.Str(j + "-changed"));
    }
    if (v instanceof Enum<?> e) {
      Object[] all = e.getDeclaringClass().getEnumConstants();
      return Optional.of(all[(e.ordinal() + 1) % all.length]);
    }
    return Optional.empty();
  }

  private static Optional<Object> sample(Type t) {
    if (t == String.class) {
      return Optional.of("added");
    }
    if (t == Integer.class) {
      return Optional.of(3);
    }
    if (t == Boolean.class) {
      return Optional.of(true);
    }
    if (t == BigDecimal.class) {
      return Optional.of(BigDecimal.valueOf(3));
    }
    if (t == JsonValue.class) {
      return Optional.of(new JsonValue.Str("added"));
    }
    if (t instanceof Class<?> c && c.isEnum()) {
      return Optional.of(c.getEnumConstants()[0]);
    }
    return Optional.empty();
  }
}
