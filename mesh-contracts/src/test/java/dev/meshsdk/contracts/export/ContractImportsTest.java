package dev.meshsdk.contracts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.testsupport.SharedStandards;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractImportsTest {
  private static List<DataContract> contracts() {
    List<DataContract> out = new ArrayList<>();
    out.add(OrdersFixture.read());
    out.add(DataContracts.parse(ContractExportsTestTypes.TYPES));
    for (Path file : SharedStandards.yamlFiles("odcs/examples")) {
      try {
        out.add(DataContracts.read(file));
      } catch (RuntimeException e) {
        // examples the reader refuses are the reader's tests
      }
    }
    return out;
  }

  @Test
  void jsonSchemaImportsRoundTripTheirOwnExportsAndPassTheCheck() {
    int n = 0;
    for (DataContract c : contracts()) {
      for (SchemaObject o : c.schema()) {
        String first;
        try {
          first = ContractExports.toJsonSchema(c, o.name());
        } catch (ContractDefinitionException e) {
          continue;
        }
        DataContract imported = ContractImports.fromJsonSchema(first, "urn:imported", "1.0.0");
        assertThat(DataContracts.check(imported)).as(o.name()).isEmpty();
        assertThat(ContractExports.toJsonSchema(imported, imported.schema().get(0).name()))
            .as(c.id() + "#" + o.name())
            .isEqualTo(first);
        n++;
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(2);
  }

  @Test
  void avroImportsRoundTripTheirOwnExportsAndPassTheCheck() {
    int n = 0;
    for (DataContract c : contracts()) {
      for (SchemaObject o : c.schema()) {
        String first;
        try {
          first = ContractExports.toAvro(c, o.name());
        } catch (ContractDefinitionException e) {
          continue;
        }
        DataContract imported = ContractImports.fromAvro(first, "urn:imported", "1.0.0");
        assertThat(DataContracts.check(imported)).as(o.name()).isEmpty();
        assertThat(ContractExports.toAvro(imported, imported.schema().get(0).name()))
            .as(c.id() + "#" + o.name())
            .isEqualTo(first);
        n++;
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(2);
  }

  @Test
  void importsTheOrdersJsonSchemaWithItsConstraints() {
    DataContract c =
        ContractImports.fromJsonSchema(
            ContractExports.toJsonSchema(OrdersFixture.read(), "order_events"), "urn:x", "2.0.0");
    assertThat(c.id()).isEqualTo("urn:x");
    assertThat(c.version()).isEqualTo("2.0.0");
    assertThat(c.status()).contains("draft");
    SchemaObject o = c.schemaObject("order_events").orElseThrow();
    assertThat(o.property("order_id").orElseThrow().isPrimaryKey()).isTrue();
    assertThat(o.property("customer_email").orElseThrow().classification()).contains("pii");
    assertThat(o.property("status").orElseThrow().quality())
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.arguments().get("validValues").toJava().orElseThrow())
                    .isEqualTo(List.of("PLACED", "PAID", "SHIPPED", "CANCELLED")));
  }

  @Test
  void refusesAJsonSchemaConstructNamingItsPath() {
    String json =
        """
        {"type": "object", "properties": {"a": {"anyOf": [{"type": "string"}]}}}
        """;
    assertThatThrownBy(() -> ContractImports.fromJsonSchema(json, "urn:x", "1.0.0"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessage(
            "JSON Schema:1:50: $.properties.a.anyOf: unsupported construct: the keyword 'anyOf'");
  }

  @Test
  void refusesSeveralTypesAndANonObjectRoot() {
    assertThatThrownBy(
            () ->
                ContractImports.fromJsonSchema(
                    "{\"properties\": {\"a\": {\"type\": [\"string\", \"integer\"]}}}", "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining(
            "$.properties.a.type: unsupported construct: several types [string, integer]");
    assertThatThrownBy(() -> ContractImports.fromJsonSchema("{\"type\": \"array\"}", "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("$.type: the root schema must describe an object");
  }

  @Test
  void refusesTextThatIsNotJsonWithoutAParserStackTrace() {
    assertThatThrownBy(() -> ContractImports.fromJsonSchema("{\"type\": ", "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageStartingWith("JSON Schema");
    assertThatThrownBy(() -> ContractImports.fromAvro("[1, 2]", "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessage("Avro schema:1:1: $: must be an object but is array");
  }

  @Test
  void refusesAvroConstructsAContractCannotExpress() {
    String union =
        """
        {"type": "record", "name": "r", "fields": [{"name": "a", "type": ["null", "string", "int"]}]}
        """;
    assertThatThrownBy(() -> ContractImports.fromAvro(union, "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining(
            "$.fields[0].type: unsupported construct: a union of 2 non-null types");
    String fixed =
        """
        {"type": "record", "name": "r", "fields": [{"name": "a", "type": {"type": "fixed", "name": "f", "size": 4}}]}
        """;
    assertThatThrownBy(() -> ContractImports.fromAvro(fixed, "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining(
            "$.fields[0].type.type: unsupported construct: the type fixed without the decimal logical type");
    String ref =
        """
        {"type": "record", "name": "r", "fields": [{"name": "a", "type": "Other"}]}
        """;
    assertThatThrownBy(() -> ContractImports.fromAvro(ref, "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("unsupported construct: a reference to the named type 'Other'");
    assertThatThrownBy(() -> ContractImports.fromAvro("{\"type\": \"string\"}", "u", "1"))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("$.type: the schema must be a record, not 'string'");
  }

  @Test
  void importsAForeignAvroSchema() {
    String avsc =
        """
        {"type": "record", "name": "User", "namespace": "com.acme", "doc": "A user.",
         "fields": [
           {"name": "id", "type": "long"},
           {"name": "email", "type": ["null", "string"], "default": null},
           {"name": "born", "type": {"type": "int", "logicalType": "date"}},
           {"name": "tags", "type": {"type": "array", "items": "string"}}
         ]}
        """;
    DataContract c = ContractImports.fromAvro(avsc, "urn:u", "1.0.0");
    assertThat(c.domain()).contains("com.acme");
    SchemaObject o = c.schemaObject("User").orElseThrow();
    assertThat(o.description()).contains("A user.");
    assertThat(o.property("id").orElseThrow().isRequired()).isTrue();
    assertThat(o.property("email").orElseThrow().isRequired()).isFalse();
    assertThat(o.property("born").orElseThrow().logicalType())
        .contains(dev.meshsdk.contracts.LogicalType.DATE);
    assertThat(DataContracts.check(c)).isEmpty();
  }
}
