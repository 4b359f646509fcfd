package dev.meshsdk.core;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.ReadLimits;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import dev.meshsdk.core.internal.annotation.AnnotationReader;
import dev.meshsdk.core.internal.odps.OdpsMapping;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The entry points for data product descriptors: from annotations, to and from ODPS v1.0.0.
 *
 * <pre>{@code
 * DataProduct product = DataProducts.fromAnnotations(OrdersProduct.class);
 * String yaml = DataProducts.toOdpsYaml(product);
 * DataProduct back = DataProducts.parseOdps(yaml);   // equals product.withoutContracts()
 * }</pre>
 *
 * <p>ODPS has no fields for an output port's access policy, server, location, format, schema object
 * and SLA, an input port's upstream product, or the product's terms of use: they are written as
 * custom properties whose names start {@code meshsdk.}, and read back from there, so {@code
 * parseOdps(toOdpsYaml(p), resolver)} equals {@code p}. The contracts themselves live in ODCS
 * documents; a {@link ContractResolver} attaches them on reading.
 */
public final class DataProducts {
  private static final String STRING_SOURCE = "<string>";

  private DataProducts() {}

  /**
   * Builds the descriptor declared by the {@link dev.meshsdk.core.annotation.DataProduct}, {@link
   * dev.meshsdk.core.annotation.OutputPort} and {@link dev.meshsdk.core.annotation.InputPort}
   * annotations on a class. The result equals the product the same facts give through {@link
   * DataProduct#builder()}.
   *
   * @param type the annotated class
   * @return the product
   * @throws ProductDefinitionException if the class is not annotated or an annotation is wrong; the
   *     message names the class and the attribute
   */
  public static DataProduct fromAnnotations(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return AnnotationReader.read(type);
  }

  /**
   * Writes a product as an ODPS v1.0.0 YAML document.
   *
   * @param product the product
   * @return the YAML text
   */
  public static String toOdpsYaml(DataProduct product) {
    return TreeWriter.toYaml(toOdpsDocument(product));
  }

  /**
   * Writes a product as an ODPS v1.0.0 JSON document.
   *
   * @param product the product
   * @return the JSON text
   */
  public static String toOdpsJson(DataProduct product) {
    return TreeWriter.toJson(toOdpsDocument(product));
  }

  /**
   * The product as an ODPS v1.0.0 JSON tree, exactly as {@link #toOdpsYaml} writes it.
   *
   * @param product the product
   * @return the document
   */
  public static JsonValue.Obj toOdpsDocument(DataProduct product) {
    Objects.requireNonNull(product, "product");
    return OdpsMapping.write(product);
  }

  /**
   * Reads an ODPS v0.9.0 or v1.0.0 document (YAML or JSON) from a file; the ports keep contract
   * references only.
   *
   * @param path the file
   * @return the product
   * @throws ProductFormatException if the file cannot be read or is not an ODPS product; the
   *     message names the file, line, column and path
   */
  public static DataProduct readOdps(Path path) {
    return readOdps(path, ContractResolver.none());
  }

  /**
   * Reads an ODPS document from a file, attaching the contracts a resolver finds.
   *
   * @param path the file
   * @param resolver finds the output ports' contracts
   * @return the product
   * @throws ProductFormatException if the file cannot be read or is not an ODPS product
   */
  public static DataProduct readOdps(Path path, ContractResolver resolver) {
    Objects.requireNonNull(path, "path");
    return parseOdps(readText(path), path.toString(), resolver);
  }

  /**
   * Reads an ODPS document from text; the ports keep contract references only.
   *
   * @param text the YAML or JSON document
   * @return the product
   * @throws ProductFormatException if the text is not an ODPS product
   */
  public static DataProduct parseOdps(String text) {
    return parseOdps(text, STRING_SOURCE, ContractResolver.none());
  }

  /**
   * Reads an ODPS document from text, naming its source in messages and attaching the contracts a
   * resolver finds.
   *
   * @param text the YAML or JSON document
   * @param source the document's name for messages
   * @param resolver finds the output ports' contracts
   * @return the product
   * @throws ProductFormatException if the text is not an ODPS product
   */
  public static DataProduct parseOdps(String text, String source, ContractResolver resolver) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(resolver, "resolver");
    Node root;
    try {
      root = TreeReader.read(text, source);
    } catch (ContractFormatException e) {
      throw new ProductFormatException(
          e.source(), e.line().orElse(0), e.column().orElse(0), e.path(), e.problem(), null);
    }
    return OdpsMapping.read(root, resolver);
  }

  private static String readText(Path path) {
    String source = path.toString();
    try {
      long size = Files.size(path);
      if (size > 4L * ReadLimits.DEFAULT.maxChars()) {
        throw new ProductFormatException(
            source, 0, 0, "", "document is too large: " + size + " bytes", null);
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new ProductFormatException(source, 0, 0, "", "file does not exist", null);
    } catch (CharacterCodingException e) {
      throw new ProductFormatException(source, 0, 0, "", "not UTF-8 text", null);
    } catch (IOException e) {
      throw new ProductFormatException(source, 0, 0, "", "cannot read the file: " + e, e);
    }
  }
}
