package dev.meshsdk.contracts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.testsupport.SharedStandards;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ContractExportsTest {
  private static final String TYPES = ContractExportsTestTypes.TYPES;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> m(Object o) {
    return (Map<String, Object>) o;
  }

  private static DataContract types() {
    return DataContracts.parse(TYPES);
  }

  @Test
  void writesTheOrdersObjectAsJsonSchema() {
    JsonValue.Obj s = ContractExports.toJsonSchemaValue(OrdersFixture.read(), "order_events");
    assertThat(s.get("$schema"))
        .contains(JsonValue.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(s.get("title")).contains(JsonValue.of("order_events"));
    assertThat(s.get("additionalProperties")).contains(new JsonValue.Bool(false));
    assertThat(s.get("required").orElseThrow().toJava().orElseThrow())
        .isEqualTo(
            List.of(
                "order_id", "customer_id", "amount", "currency", "status", "created_at", "lines"));
    Map<String, Object> props = m(s.get("properties").orElseThrow().toJava().orElseThrow());
    assertThat(props.get("order_id"))
        .isEqualTo(
            Map.of(
                "type",
                "string",
                "pattern",
                "^ORD-[0-9]{8}$",
                "examples",
                List.of("ORD-00000042"),
                "x-odcs",
                Map.of("primaryKey", true)));
    assertThat(m(props.get("customer_email")))
        .containsEntry("type", List.of("string", "null"))
        .containsEntry("format", "email")
        .containsEntry("maxLength", java.math.BigDecimal.valueOf(254));
    assertThat(m(props.get("status")))
        .containsEntry("enum", List.of("PLACED", "PAID", "SHIPPED", "CANCELLED"));
    assertThat(m(props.get("created_at"))).containsEntry("format", "date-time");
    Map<String, Object> lines = m(props.get("lines"));
    assertThat(lines).containsEntry("minItems", java.math.BigDecimal.ONE);
    assertThat(m(lines.get("items")))
        .containsEntry("type", List.of("object", "null"))
        .containsEntry("additionalProperties", false)
        .containsEntry("required", List.of("sku", "quantity"));
  }

  @Test
  void mapsIntegerFormatsToRangesAndKeepsWhatJsonSchemaCannotSay() {
    Map<String, Object> props =
        m(
            ContractExports.toJsonSchemaValue(types(), "sale")
                .get("properties")
                .orElseThrow()
                .toJava()
                .orElseThrow());
    assertThat(m(props.get("small")))
        .containsEntry("minimum", java.math.BigDecimal.valueOf(-32768))
        .containsEntry("maximum", java.math.BigDecimal.valueOf(32767));
    Map<String, Object> booked = m(props.get("booked"));
    assertThat(booked).doesNotContainKey("format");
    assertThat(m(booked.get("x-odcs")))
        .containsEntry("logicalType", "timestamp")
        .containsEntry("format", "yyyy-MM-dd HH:mm")
        .containsEntry("minimum", "2020-01-01 00:00");
    assertThat((String) booked.get("$comment"))
        .isEqualTo(
            "Not checked by this schema (JSON Schema cannot express it): the timestamp format"
                + " 'yyyy-MM-dd HH:mm'; minimum 2020-01-01 00:00");
    assertThat(m(props.get("labels")))
        .containsEntry("additionalProperties", Map.of("type", List.of("string", "null")))
        .containsEntry("propertyNames", Map.of("type", "string"));
  }

  @Test
  void exportsParseWithTheRealJsonSchemaValidator() {
    assertThat(JsonSchemas.compile(ContractExports.toJsonSchema(types(), "sale"))).isNotNull();
  }

  @Test
  void writesAnAvroSchemaTheAvroLibraryParses() {
    Schema s = new Schema.Parser().parse(ContractExports.toAvro(types(), "sale"));
    assertThat(s.getFullName()).isEqualTo("sales_eu.sale");
    assertThat(s.getDoc()).isEqualTo("One sale.");
    assertThat(s.getField("sale_id").schema().getLogicalType()).isEqualTo(LogicalTypes.uuid());
    assertThat(s.getField("amount").schema().getLogicalType())
        .isEqualTo(LogicalTypes.decimal(12, 2));
    Schema ratio = s.getField("ratio").schema();
    assertThat(ratio.getType()).isEqualTo(Schema.Type.UNION);
    assertThat(ratio.getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
    assertThat(ratio.getTypes().get(1).getType()).isEqualTo(Schema.Type.FLOAT);
    assertThat(s.getField("ratio").defaultVal())
        .isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
    assertThat(s.getField("small").schema().getTypes().get(1).getType()).isEqualTo(Schema.Type.INT);
    assertThat(s.getField("day").schema().getTypes().get(1).getLogicalType())
        .isEqualTo(LogicalTypes.date());
    assertThat(s.getField("at").schema().getTypes().get(1).getLogicalType())
        .isEqualTo(LogicalTypes.timestampMillis());
    assertThat(s.getField("local_at").schema().getTypes().get(1).getLogicalType())
        .isEqualTo(LogicalTypes.localTimestampMicros());
    assertThat(s.getField("clock").schema().getTypes().get(1).getLogicalType())
        .isEqualTo(LogicalTypes.timeMicros());
    Schema channel = s.getField("channel").schema().getTypes().get(1);
    assertThat(channel.getType()).isEqualTo(Schema.Type.ENUM);
    assertThat(channel.getEnumSymbols()).containsExactly("web", "store");
    assertThat(s.getField("note").schema().getTypes().get(1).getType())
        .isEqualTo(Schema.Type.STRING);
    assertThat(s.getField("labels").schema().getTypes().get(1).getValueType().getType())
        .isEqualTo(Schema.Type.UNION);
    Schema line = s.getField("lines").schema().getTypes().get(1).getElementType().getTypes().get(1);
    assertThat(line.getType()).isEqualTo(Schema.Type.RECORD);
    assertThat(line.getField("sku").schema().getType()).isEqualTo(Schema.Type.STRING);
  }

  @Test
  void writesTheOrdersObjectAsAvro() {
    Schema s =
        new Schema.Parser().parse(ContractExports.toAvro(OrdersFixture.read(), "order_events"));
    assertThat(s.getFullName()).isEqualTo("orders.order_events");
    assertThat(s.getField("order_id").schema().getType()).isEqualTo(Schema.Type.STRING);
    assertThat(s.getField("amount").schema().getLogicalType())
        .isEqualTo(LogicalTypes.decimal(12, 2));
    assertThat(s.getField("status").schema().getEnumSymbols())
        .containsExactly("PLACED", "PAID", "SHIPPED", "CANCELLED");
    assertThat(s.getField("created_at").schema().getLogicalType())
        .isEqualTo(LogicalTypes.timestampMicros());
  }

  @Test
  void everyOfficialExampleObjectExportsToSchemasTheLibrariesAccept() {
    Assumptions.assumeTrue(
        SharedStandards.available(),
        "../shared/standards is not beside the repository root: the official ODCS examples are"
            + " skipped");
    int exported = 0;
    for (Path file : SharedStandards.yamlFiles("odcs/examples")) {
      DataContract c;
      try {
        c = DataContracts.read(file);
      } catch (RuntimeException e) {
        continue;
      }
      for (SchemaObject o : c.schema()) {
        String avro;
        String json;
        try {
          avro = ContractExports.toAvro(c, o.name());
          json = ContractExports.toJsonSchema(c, o.name());
        } catch (ContractDefinitionException e) {
          continue; // the record validator cannot compile it either
        }
        assertThat(new Schema.Parser().parse(avro)).as(SharedStandards.name(file)).isNotNull();
        assertThat(JsonSchemas.compile(json)).isNotNull();
        exported++;
      }
    }
    assertThat(exported).isGreaterThan(5);
  }

  @Test
  void refusesAnUnknownSchemaObjectNamingTheKnownOnes() {
    assertThatThrownBy(() -> ContractExports.toAvro(types(), "nope"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessage("contract urn:test:types has no schema object 'nope'; it has ['sale']");
  }

  @Test
  void namespacesFallBackToTheContractIdAndNamesAreMadeValid() {
    DataContract c =
        DataContracts.parse(
            TYPES.replace("domain: sales-eu\n", "").replace("- name: sale\n", "- name: 1 sale\n"));
    Schema s = new Schema.Parser().parse(ContractExports.toAvro(c, "1 sale"));
    assertThat(s.getFullName()).isEqualTo("urn.test.types._1_sale");
    assertThat(s.getObjectProp("odcs")).isEqualTo(Map.of("name", "1 sale"));
  }
}
