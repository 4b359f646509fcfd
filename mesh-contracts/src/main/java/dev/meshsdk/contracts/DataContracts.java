package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.check.OdcsChecker;
import dev.meshsdk.contracts.internal.derive.ContractDeriver;
import dev.meshsdk.contracts.internal.odcs.ContractMapping;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.ReadLimits;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads, writes and checks ODCS data contracts: the entry points of mesh-contracts.
 *
 * <pre>{@code
 * DataContract contract = DataContracts.read(Path.of("orders.odcs.yaml"));
 * List<ContractProblem> problems = DataContracts.check(contract);
 * String yaml = DataContracts.toYaml(contract);
 * }</pre>
 *
 * <p>Reading accepts ODCS v3.0.0 to v3.1.0 and the v3.2.0 draft, as YAML 1.2 or JSON. It is strict
 * about what the model needs (JSON types, required fields, enum values) and refuses hostile input
 * quickly; everything else the standard says is reported by {@link #check}. Unknown and vendor
 * fields are kept, so {@code parse(toYaml(c))} equals {@code c}.
 */
public final class DataContracts {
  private static final String STRING_SOURCE = "<string>";

  private DataContracts() {}

  /**
   * Reads a contract from a YAML or JSON file.
   *
   * @param path the file
   * @return the contract
   * @throws ContractFormatException if the file cannot be read or is not an ODCS contract; the
   *     message names the file, line, column and path
   */
  public static DataContract read(Path path) {
    Objects.requireNonNull(path, "path");
    return parse(readText(path, ReadLimits.DEFAULT), path.toString());
  }

  /**
   * Reads a contract from YAML or JSON text.
   *
   * @param text the document
   * @return the contract
   * @throws ContractFormatException if the text is not an ODCS contract; the message names the
   *     line, column and path
   */
  public static DataContract parse(String text) {
    return parse(text, STRING_SOURCE);
  }

  /**
   * Reads a contract from YAML or JSON text, naming the source in messages.
   *
   * @param text the document
   * @param source the document's name for messages, such as a file or resource name
   * @return the contract
   * @throws ContractFormatException if the text is not an ODCS contract
   */
  public static DataContract parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Node root = TreeReader.read(text, source);
    return ContractMapping.read(root);
  }

  /**
   * Writes a contract as YAML, with the {@code apiVersion} it has.
   *
   * @param contract the contract
   * @return the YAML document
   */
  public static String toYaml(DataContract contract) {
    return TreeWriter.toYaml(toDocument(contract));
  }

  /**
   * Writes a contract as pretty-printed JSON, with the {@code apiVersion} it has.
   *
   * @param contract the contract
   * @return the JSON document
   */
  public static String toJson(DataContract contract) {
    return TreeWriter.toJson(toDocument(contract));
  }

  /**
   * The contract as a JSON tree, exactly as {@link #toYaml} and {@link #toJson} write it.
   *
   * @param contract the contract
   * @return the document
   */
  public static JsonValue.Obj toDocument(DataContract contract) {
    Objects.requireNonNull(contract, "contract");
    return ContractMapping.write(contract);
  }

  /**
   * Checks a contract against the ODCS standard of its {@code apiVersion}: every rule of the
   * official JSON Schema (required fields, types, enums, closed objects, per-type options, quality
   * operators, server fields) and the rules the schema cannot express (unique primary key
   * positions, ordered bounds, ...).
   *
   * @param contract the contract
   * @return the problems, empty if the contract conforms
   */
  public static List<ContractProblem> check(DataContract contract) {
    return OdcsChecker.check(toDocument(contract));
  }

  /**
   * Derives a contract from a Java record or bean: its properties, types, nesting, collections,
   * enums, {@code Optional}s and {@code java.time} types, its Jakarta Bean Validation constraints
   * mapped to ODCS, and what {@link dev.meshsdk.contracts.annotation.ContractField} and {@link
   * dev.meshsdk.contracts.annotation.ContractSchema} say. The result passes {@link #check}.
   *
   * @param type the record or bean type
   * @return the contract (ODCS v3.1.0, status draft unless annotated otherwise)
   * @throws ContractDefinitionException if the type cannot be described (a type that contains
   *     itself, contradictory annotations)
   */
  public static DataContract derive(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return ContractDeriver.derive(type);
  }

  /**
   * The drift between a Java type and a contract: properties missing on either side, type
   * mismatches, required-ness and constraints in code weaker than the contract. Empty when the code
   * conforms, so it reads as a one-line unit test:
   *
   * <pre>{@code
   * assertThat(DataContracts.conformance(Order.class, contract)).isEmpty();
   * }</pre>
   *
   * @param type the record or bean type
   * @param contract the contract
   * @return the drift, empty when the code conforms
   * @throws ContractDefinitionException if no schema object of the contract matches the type
   */
  public static List<Drift> conformance(Class<?> type, DataContract contract) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(contract, "contract");
    return ContractDeriver.conformance(type, contract);
  }

  static String readText(Path path, ReadLimits limits) {
    String source = path.toString();
    try {
      long size = Files.size(path);
      // UTF-8 takes at most 4 bytes a character: anything larger cannot fit the limit.
      if (size > 4L * limits.maxChars()) {
        throw new ContractFormatException(
            source,
            0,
            0,
            "",
            "document is too large: "
                + size
                + " bytes, the limit is "
                + limits.maxChars()
                + " characters");
      }
      byte[] bytes = Files.readAllBytes(path);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new ContractFormatException(source, 0, 0, "", "file does not exist");
    } catch (CharacterCodingException e) {
      throw new ContractFormatException(source, 0, 0, "", "not UTF-8 text");
    } catch (IOException e) {
      throw new ContractFormatException(source, 0, 0, "", "cannot read the file: " + e);
    }
  }
}
