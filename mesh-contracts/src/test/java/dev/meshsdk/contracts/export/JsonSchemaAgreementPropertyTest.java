package dev.meshsdk.contracts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Schema;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.testsupport.SharedStandards;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The exported JSON Schema, run by a real validator (networknt), accepts and rejects the same
 * random records as {@link RecordValidator}.
 *
 * <p>Excluded, precisely, where the two cannot agree: schema objects with a date, time or timestamp
 * in a custom format or with date/time bounds (JSON Schema has no keyword for either; the export
 * keeps them under {@code x-odcs}); and, in the generator, ISO-8601 forms RFC 3339 does not allow
 * (see {@link RecordGenerator}).
 */
class JsonSchemaAgreementPropertyTest {
  private static final String SYNTHETIC =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: urn:test:synthetic
      version: 1.0.0
      status: draft
      schema:
        - name: things
          properties:
            - name: id
              logicalType: integer
              required: true
              logicalTypeOptions: {format: i16, exclusiveMinimum: 0}
            - name: code
              logicalType: string
              logicalTypeOptions: {minLength: 2, maxLength: 5}
              enumValues: [{value: abc}, {value: EUR}, {value: x}]
            - name: price
              logicalType: number
              logicalTypeOptions: {minimum: -0.5, exclusiveMaximum: 1000, multipleOf: 0.25}
            - name: tiny
              logicalType: integer
              logicalTypeOptions: {format: u8}
            - name: when
              logicalType: timestamp
              logicalTypeOptions: {timezone: true}
            - name: day
              logicalType: date
            - name: at
              logicalType: time
            - name: email
              logicalType: string
              logicalTypeOptions: {format: email}
            - name: site
              logicalType: string
              logicalTypeOptions: {format: uri}
            - name: host
              logicalType: string
              logicalTypeOptions: {format: hostname}
            - name: ip4
              logicalType: string
              logicalTypeOptions: {format: ipv4}
            - name: ip6
              logicalType: string
              logicalTypeOptions: {format: ipv6}
            - name: uid
              logicalType: string
              logicalTypeOptions: {format: uuid}
            - name: flag
              logicalType: boolean
              required: true
            - name: anything
            - name: tags
              logicalType: array
              logicalTypeOptions: {minItems: 1, maxItems: 3, uniqueItems: true}
              items: {logicalType: string, required: true, logicalTypeOptions: {maxLength: 3}}
            - name: attrs
              logicalType: map
              map:
                key: {logicalType: string, logicalTypeOptions: {minLength: 2}}
                value: {logicalType: integer, logicalTypeOptions: {minimum: 0}}
            - name: address
              logicalType: object
              required: true
              properties:
                - name: street
                  logicalType: string
                  required: true
                  logicalTypeOptions: {pattern: '^[a-z ]+$'}
                - name: zip
                  logicalType: integer
      """;

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    DataContract orders = OrdersFixture.read();
    out.add(new Case("orders", orders, "order_events"));
    DataContract synthetic = DataContracts.parse(SYNTHETIC);
    out.add(new Case("synthetic", synthetic, "things"));
    return out.stream();
  }

  /** A schema object to test. */
  record Case(String label, DataContract contract, String object) {}

  @Test
  void exportedSchemaAgreesWithTheRecordValidatorOnTheOrdersAndSyntheticContracts() {
    cases().forEach(c -> agrees(c, 500));
  }

  @Test
  void exportedSchemaAgreesWithTheRecordValidatorOnTheOfficialExamples() {
    Assumptions.assumeTrue(
        SharedStandards.available(),
        "../shared/standards is not beside the repository root: the official ODCS examples are"
            + " skipped");
    int tested = 0;
    for (Path file : SharedStandards.yamlFiles("odcs/examples")) {
      DataContract c;
      try {
        c = DataContracts.read(file);
      } catch (RuntimeException e) {
        continue; // examples the reader refuses are the reader's tests, not ours
      }
      for (SchemaObject o : c.schema()) {
        if (o.properties().isEmpty() || !expressible(o.properties())) {
          continue;
        }
        try {
          RecordValidator.of(c, o.name());
        } catch (RuntimeException e) {
          continue; // a definition the validator cannot compile is not exported either
        }
        agrees(new Case(SharedStandards.name(file) + "#" + o.name(), c, o.name()), 60);
        tested++;
      }
    }
    assertThat(tested).as("official schema objects tested").isGreaterThan(3);
  }

  /** Whether JSON Schema can express every property (no custom temporal format or bound). */
  static boolean expressible(List<SchemaProperty> props) {
    for (SchemaProperty p : props) {
      boolean temporal = p.logicalType().map(LogicalType::isTemporal).orElse(false);
      if (temporal
          && p.logicalTypeOptions()
              .filter(
                  o ->
                      o.format().isPresent()
                          || o.minimum().isPresent()
                          || o.maximum().isPresent()
                          || o.exclusiveMinimum().isPresent()
                          || o.exclusiveMaximum().isPresent())
              .isPresent()) {
        return false;
      }
      if (!expressible(p.properties())
          || !p.items().map(i -> expressible(List.of(i))).orElse(true)
          || !p.map().flatMap(m -> m.value()).map(v -> expressible(List.of(v))).orElse(true)) {
        return false;
      }
    }
    return true;
  }

  private static void agrees(Case c, int examples) {
    SchemaObject object = c.contract().schemaObject(c.object()).orElseThrow();
    RecordValidator<Map<String, ?>> validator = RecordValidator.of(c.contract(), c.object());
    Schema schema = JsonSchemas.compile(ContractExports.toJsonSchema(c.contract(), c.object()));
    Map<SchemaProperty, RecordValidator<Map<String, ?>>> oracles = new IdentityHashMap<>();
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    qt().withExamples(examples)
        .withShrinkCycles(50)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RecordGenerator g = new RecordGenerator(seed, oracles);
              Map<String, Object> record = g.record(object.properties(), List.of());
              if (seed % 2 == 0) {
                record = g.mutate(record, object.properties());
              }
              boolean ours = validator.isValid(record);
              var errors = JsonSchemas.validate(schema, record);
              (ours ? valid : invalid).incrementAndGet();
              assertThat(errors.isEmpty())
                  .as(
                      "%s: record %s: RecordValidator says %s, JSON Schema says %s",
                      c.label(), record, validator.validate(record).violations(), errors)
                  .isEqualTo(ours);
            });
    if (!c.label().contains("#")) {
      assertThat(valid.get()).as(c.label() + ": valid records generated").isPositive();
      assertThat(invalid.get()).as(c.label() + ": invalid records generated").isPositive();
    }
  }
}
