package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading contracts: YAML 1.2 semantics, clear errors with places, and hostile input refused. */
class DataContractsReadTest {
  private static final Duration FAST = Duration.ofSeconds(2);

  private static final String MINIMAL =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders-contract
      version: 1.0.0
      status: active
      """;

  private static ContractFormatException refused(String text) {
    try {
      DataContracts.parse(text, "test.yaml");
    } catch (ContractFormatException e) {
      return e;
    }
    throw new AssertionError("expected a ContractFormatException for:\n" + text);
  }

  @Test
  void readsAMinimalContract() {
    DataContract c = DataContracts.parse(MINIMAL);

    assertThat(c.apiVersion()).isEqualTo(OdcsVersion.V3_1_0);
    assertThat(c.id()).isEqualTo("orders-contract");
    assertThat(c.version()).isEqualTo("1.0.0");
    assertThat(c.status()).contains("active");
    assertThat(c.schema()).isEmpty();
  }

  @Test
  void keepsYaml12Semantics_datesAndYesStayStrings() {
    DataContract c =
        DataContracts.parse(
            MINIMAL
                + """
                contractCreatedTs: 2026-01-05T10:00:00Z
                name: yes
                tags: [on, off, 2026-01-05, 1.0.0]
                """);

    assertThat(c.contractCreatedTs()).contains("2026-01-05T10:00:00Z");
    assertThat(c.name()).contains("yes");
    assertThat(c.tags()).containsExactly("on", "off", "2026-01-05", "1.0.0");
  }

  @Test
  void writesAmbiguousStringsQuotedSoEveryYamlReaderKeepsThemStrings() {
    DataContract c =
        DataContracts.parse(MINIMAL).toBuilder()
            .name("yes")
            .version("2026-01-05")
            .tags(java.util.List.of("1.0", "null", "on", "plain words"))
            .build();

    String yaml = DataContracts.toYaml(c);

    assertThat(yaml)
        .contains("name: 'yes'")
        .contains("version: '2026-01-05'")
        .contains("- '1.0'")
        .contains("- 'null'")
        .contains("- 'on'")
        .contains("- plain words");
    assertThat(DataContracts.parse(yaml)).isEqualTo(c);
  }

  @Test
  void unknownAndVendorFieldsSurviveARoundTrip() {
    DataContract c =
        DataContracts.parse(
            MINIMAL
                + """
                x-vendor:
                  owner: team-a
                  weights: [1, 2.50, true, null]
                """);

    assertThat(c.extensions()).containsKey("x-vendor");
    assertThat(DataContracts.parse(DataContracts.toYaml(c))).isEqualTo(c);
    assertThat(DataContracts.parse(DataContracts.toJson(c))).isEqualTo(c);
    assertThat(DataContracts.check(c)).anySatisfy(p -> assertThat(p.path()).isEqualTo("x-vendor"));
  }

  @Test
  void malformedYamlNamesTheLineAndColumn() {
    ContractFormatException e = refused(MINIMAL + "schema: [unclosed\nname: x\n");

    assertThat(e.source()).isEqualTo("test.yaml");
    assertThat(e.line()).isPresent();
    assertThat(e.getMessage()).startsWith("test.yaml:").contains("not valid YAML");
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    ContractFormatException e =
        assertThrowsFormat(
            () -> DataContracts.parse("{\"apiVersion\": \"v3.1.0\",\n  \"kind\": }", "c.json"));

    assertThat(e.line()).contains(2);
    assertThat(e.getMessage()).startsWith("c.json:2:").contains("not valid JSON");
  }

  @Test
  void wrongTypeNamesThePathAndTheExpectedType() {
    ContractFormatException e =
        refused(
            MINIMAL
                + """
                schema:
                  - name: orders
                    properties:
                      - name: id
                        required: maybe
                """);

    assertThat(e.path()).isEqualTo("schema[0].properties[0].required");
    assertThat(e.line()).contains(10);
    assertThat(e.problem())
        .isEqualTo("expected a boolean (true or false) but found string (maybe)");
  }

  @Test
  void unquotedNumberWhereAStringBelongsSuggestsQuoting() {
    ContractFormatException e = refused(MINIMAL.replace("version: 1.0.0", "version: 1.0"));

    assertThat(e.path()).isEqualTo("version");
    assertThat(e.problem()).contains("expected a string but found number (1.0)").contains("quote");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    ContractFormatException e = refused(MINIMAL.replace("id: orders-contract\n", ""));

    assertThat(e.path()).isEqualTo("id");
    assertThat(e.problem()).isEqualTo("required field 'id' is missing");
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    ContractFormatException e =
        refused(
            MINIMAL
                + """
                schema:
                  - name: orders
                    properties:
                      - name: id
                      - name: amount
                        logicalType: money
                """);

    assertThat(e.path()).isEqualTo("schema[0].properties[1].logicalType");
    assertThat(e.problem()).startsWith("'money' is not one of [string, date, timestamp");
  }

  @Test
  void unsupportedApiVersionIsRefused() {
    ContractFormatException e = refused(MINIMAL.replace("v3.1.0", "v2.2.2"));

    assertThat(e.path()).isEqualTo("apiVersion");
    assertThat(e.problem()).contains("'v2.2.2' is not an ODCS version meshsdk reads");
  }

  @Test
  void duplicateKeysAreRefusedNamingBothPlaces() {
    ContractFormatException e = refused(MINIMAL + "name: a\nname: b\n");

    assertThat(e.path()).isEqualTo("name");
    assertThat(e.problem()).isEqualTo("duplicate key 'name' (first defined at line 6)");
    assertThat(e.line()).contains(7);
  }

  @Test
  void duplicateKeysInJsonAreRefusedToo() {
    ContractFormatException e =
        assertThrowsFormat(() -> DataContracts.parse("{\"id\": \"a\", \"id\": \"b\"}", "c.json"));

    assertThat(e.problem()).startsWith("duplicate key 'id'");
  }

  @Test
  void emptyDocumentIsRefused() {
    assertThat(refused("").problem()).isEqualTo("document is empty");
    assertThat(refused("   \n# only a comment\n").problem()).isEqualTo("document is empty");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRefused() {
    assertThat(refused("- a\n- b\n").problem()).isEqualTo("expected an object but found array");
    assertThat(refused("just text").problem())
        .isEqualTo("expected an object but found string (just text)");
  }

  @Test
  void moreThanOneDocumentIsRefused() {
    assertThat(refused(MINIMAL + "---\n" + MINIMAL).problem())
        .isEqualTo("expected one YAML document, found more than one");
  }

  @Test
  void yamlTagsNamingJavaClassesAreRefusedAndNothingIsInstantiated() {
    int before = Canary.CONSTRUCTED.get();

    ContractFormatException e = refused(MINIMAL + "name: !!dev.meshsdk.contracts.Canary {}\n");
    ContractFormatException scalar =
        refused(MINIMAL + "name: !!javax.script.ScriptEngineManager x\n");
    ContractFormatException local = refused(MINIMAL + "name: !custom x\n");

    assertThat(e.problem()).startsWith("YAML tag 'tag:yaml.org,2002:dev.meshsdk.contracts.Canary'");
    assertThat(e.problem()).contains("is not allowed");
    assertThat(scalar.problem()).contains("ScriptEngineManager").contains("is not allowed");
    assertThat(local.problem()).contains("'!custom' is not allowed");
    assertThat(Canary.CONSTRUCTED.get()).isEqualTo(before);
  }

  @Test
  void aliasBombIsRefusedQuickly() {
    StringBuilder bomb = new StringBuilder(MINIMAL).append("x-bomb:\n  a0: &a0 [lol, lol]\n");
    for (int i = 1; i < 40; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      bomb.append("*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
    }

    ContractFormatException e = assertTimeoutPreemptively(FAST, () -> refused(bomb.toString()));

    assertThat(e.problem()).contains("aliases are expanded");
  }

  @Test
  void recursiveAliasIsRefused() {
    ContractFormatException e = refused(MINIMAL + "x-loop: &loop\n  self: *loop\n");

    assertThat(e.problem()).contains("refers to no anchor defined before it");
  }

  @Test
  void veryDeepNestingIsRefusedWithoutStackOverflow() {
    String deepFlow = MINIMAL + "x-deep: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    String deepJson = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);

    ContractFormatException yaml = assertTimeoutPreemptively(FAST, () -> refused(deepFlow));
    ContractFormatException json =
        assertTimeoutPreemptively(
            FAST, () -> assertThrowsFormat(() -> DataContracts.parse(deepJson, "deep.json")));

    assertThat(yaml.problem()).contains("nested too deeply");
    assertThat(json.problem()).contains("not valid JSON").containsIgnoringCase("nesting depth");
  }

  @Test
  void hugeDocumentIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    String huge = MINIMAL + "description:\n  usage: '" + "x".repeat(5 * 1024 * 1024) + "'\n";
    Path file = dir.resolve("huge.yaml");
    Files.writeString(file, huge + "#".repeat(12 * 1024 * 1024));

    ContractFormatException fromString = assertTimeoutPreemptively(FAST, () -> refused(huge));
    ContractFormatException fromFile =
        assertTimeoutPreemptively(FAST, () -> assertThrowsFormat(() -> DataContracts.read(file)));

    assertThat(fromString.problem()).startsWith("document is too large");
    assertThat(fromFile.problem()).startsWith("document is too large");
  }

  @Test
  void binaryGarbageIsRefused(@TempDir Path dir) throws IOException {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Path file = dir.resolve("garbage.yaml");
    Files.write(file, garbage);

    ContractFormatException e = assertThrowsFormat(() -> DataContracts.read(file));
    ContractFormatException nul = refused(MINIMAL + "name: a\u0000b\n");

    assertThat(e.problem()).isEqualTo("not UTF-8 text");
    assertThat(nul.problem()).contains("special character U+0000");
  }

  @Test
  void missingFileIsRefusedWithItsName(@TempDir Path dir) {
    Path file = dir.resolve("absent.odcs.yaml");

    assertThatThrownBy(() -> DataContracts.read(file))
        .isInstanceOf(ContractFormatException.class)
        .hasMessage(file + ": file does not exist");
  }

  private static ContractFormatException assertThrowsFormat(Runnable r) {
    try {
      r.run();
    } catch (ContractFormatException e) {
      return e;
    }
    throw new AssertionError("expected a ContractFormatException");
  }
}
