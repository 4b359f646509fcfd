package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.InputFormat;
import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance with the official ODCS files in {@code ../shared/standards/odcs}: one case per file,
 * so a file added to a folder is covered without code changes. The official JSON Schema, evaluated
 * by networknt, is the judge.
 */
class OdcsConformanceTest {

  @BeforeAll
  static void requireTheOfficialFiles() {
    // Skips the whole class, with the reason, when ../shared is not beside the repository.
    SharedStandards.require();
  }

  static Stream<Arguments> examples() {
    return Stream.concat(
            SharedStandards.yamlFiles("odcs/examples").stream(),
            SharedStandards.yamlFiles("odcs/dev-v3.2.0-draft/examples").stream())
        .map(p -> Arguments.of(Named.of(SharedStandards.name(p), p)));
  }

  static Stream<Arguments> negativeTests() {
    return SharedStandards.yamlFiles("odcs/dev-v3.2.0-draft/negative-tests").stream()
        .map(p -> Arguments.of(Named.of(SharedStandards.name(p), p)));
  }

  private static Path schemaFor(Path file, DataContract contract) {
    // Files in the draft folder are judged by the draft schema, whatever version they declare.
    return file.toString().contains("dev-v3.2.0-draft")
        ? OfficialSchemas.schemaFile("v3.2.0")
        : OfficialSchemas.schemaFile(contract.apiVersion().value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyOfficialExampleRoundTripsThroughYamlAndJson(Path file) {
    SharedStandards.require();
    DataContract contract = DataContracts.read(file);

    String yaml = DataContracts.toYaml(contract);
    String json = DataContracts.toJson(contract);

    assertThat(DataContracts.parse(yaml, "written.yaml")).isEqualTo(contract);
    assertThat(DataContracts.parse(json, "written.json")).isEqualTo(contract);
    assertThat(DataContracts.parse(DataContracts.toYaml(DataContracts.parse(yaml))))
        .isEqualTo(contract);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyWrittenExampleValidatesAgainstTheOfficialSchemaOfItsVersion(Path file) {
    SharedStandards.require();
    DataContract contract = DataContracts.read(file);
    Path schema = schemaFor(file, contract);

    assertThat(OfficialSchemas.validate(schema, DataContracts.toJson(contract), InputFormat.JSON))
        .as("written JSON against %s", schema.getFileName())
        .isEmpty();
    assertThat(OfficialSchemas.validate(schema, DataContracts.toYaml(contract), InputFormat.YAML))
        .as("written YAML against %s", schema.getFileName())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void checkAgreesWithTheOfficialSchemaOnEveryExample(Path file) {
    SharedStandards.require();
    DataContract contract = DataContracts.read(file);

    assertThat(DataContracts.check(contract)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeTests")
  void everyOfficialNegativeTestIsRefusedByReadOrByCheck(Path file) throws IOException {
    Path schema =
        SharedStandards.odcs().resolve("dev-v3.2.0-draft/schema/odcs-json-schema-v3.2.0.json");
    // The judge agrees that the file is invalid ...
    assertThat(OfficialSchemas.validate(schema, Files.readString(file), InputFormat.YAML))
        .as("official schema verdict")
        .isNotEmpty();

    // ... and so do we: either reading refuses it with a place, or check names the offending path.
    Throwable thrown = catchThrowable(() -> DataContracts.read(file));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(ContractFormatException.class);
      ContractFormatException e = (ContractFormatException) thrown;
      assertThat(e.source()).endsWith(file.getFileName().toString());
      assertThat(e.line()).isPresent();
      assertThat(e.getMessage()).contains(e.problem());
      return;
    }
    List<ContractProblem> problems = DataContracts.check(DataContracts.read(file));
    assertThat(problems).as("check problems").isNotEmpty();
    assertThat(problems).anySatisfy(p -> assertThat(p.path()).isNotEmpty());
  }
}
