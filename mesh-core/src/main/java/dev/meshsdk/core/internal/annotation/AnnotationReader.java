package dev.meshsdk.core.internal.annotation;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.core.AccessLevel;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDefinitionException;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.annotation.Access;
import dev.meshsdk.core.annotation.Support;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code @DataProduct}, {@code @OutputPort} and {@code @InputPort} from a class. */
public final class AnnotationReader {
  private AnnotationReader() {}

  /**
   * Reads the product declared on a class.
   *
   * @param type the class
   * @return the product
   * @throws ProductDefinitionException naming the class and attribute when a declaration is wrong
   */
  public static DataProduct read(Class<?> type) {
    dev.meshsdk.core.annotation.DataProduct a =
        type.getAnnotation(dev.meshsdk.core.annotation.DataProduct.class);
    String subject = "@DataProduct on " + type.getName();
    if (a == null) {
      throw new ProductDefinitionException(
          "class " + type.getName(),
          "@DataProduct",
          "annotated",
          "is not annotated with @" + dev.meshsdk.core.annotation.DataProduct.class.getName());
    }
    DataProduct.Builder b =
        DataProduct.builder()
            .id(a.id())
            .domain(opt(a.domain()))
            .name(opt(a.name()))
            .version(opt(a.version()))
            .status(a.status())
            .tags(Arrays.asList(a.tags()))
            .termsOfUse(opt(a.termsOfUse()));
    if (!a.owner().isEmpty()) {
      b.owner(a.owner());
    }
    Optional<String> purpose = opt(a.description());
    Optional<String> usage = opt(a.usage());
    Optional<String> limitations = opt(a.limitations());
    if (purpose.isPresent() || usage.isPresent() || limitations.isPresent()) {
      b.description(
          rethrow(subject, () -> new ProductDescription(purpose, usage, limitations, Map.of())));
    }
    for (Support s : a.support()) {
      b.supportChannel(support(subject, s));
    }
    for (dev.meshsdk.core.annotation.InputPort p :
        type.getAnnotationsByType(dev.meshsdk.core.annotation.InputPort.class)) {
      b.inputPort(inputPort(type, p));
    }
    for (dev.meshsdk.core.annotation.OutputPort p :
        type.getAnnotationsByType(dev.meshsdk.core.annotation.OutputPort.class)) {
      b.outputPort(outputPort(type, p));
    }
    return rethrow(subject, b::build);
  }

  private static SupportChannel support(String subject, Support s) {
    if (s.channel().isBlank()) {
      throw new ProductDefinitionException(
          subject, "support.channel", "not-blank", "must not be blank");
    }
    if (s.url().isBlank()) {
      throw new ProductDefinitionException(
          subject,
          "support.url",
          "support-url",
          "support channel '" + s.channel() + "' has no URL; ODPS requires one");
    }
    return SupportChannel.builder()
        .channel(s.channel())
        .url(s.url())
        .tool(opt(s.tool()))
        .scope(opt(s.scope()))
        .description(opt(s.description()))
        .build();
  }

  private static InputPort inputPort(Class<?> type, dev.meshsdk.core.annotation.InputPort p) {
    String subject = "@InputPort(name=\"" + p.name() + "\") on " + type.getName();
    return rethrow(
        subject,
        () ->
            InputPort.builder()
                .name(p.name())
                .upstreamProductId(opt(p.product()))
                .contract(p.contractId(), p.contractVersion())
                .build());
  }

  private static OutputPort outputPort(Class<?> type, dev.meshsdk.core.annotation.OutputPort p) {
    String subject = "@OutputPort(name=\"" + p.name() + "\") on " + type.getName();
    boolean hasType = p.recordType() != void.class;
    boolean hasResource = !p.contract().isEmpty();
    if (hasType == hasResource) {
      throw new ProductDefinitionException(
          subject,
          hasType ? "contract" : "recordType",
          "one-contract-source",
          hasType
              ? "sets both recordType and contract; set one: the contract is either read from the"
                  + " resource or derived from the record type"
              : "needs a contract: set contract (a classpath ODCS resource) or recordType (a"
                  + " record the contract is derived from)");
    }
    DataContract contract =
        hasType ? derive(subject, p.recordType()) : resource(subject, type, p.contract());
    OutputPort.Builder b =
        OutputPort.builder()
            .name(p.name())
            .contract(contract)
            .description(opt(p.description()))
            .schemaObject(opt(p.schemaObject()))
            .server(opt(p.server()))
            .location(opt(p.location()))
            .format(opt(p.format()))
            .access(access(subject, p.access()));
    if (!p.version().isEmpty()) {
      b.version(p.version());
    }
    return rethrow(subject, b::build);
  }

  private static AccessPolicy access(String subject, Access a) {
    List<String> domains = Arrays.asList(a.domains());
    List<String> consumers = Arrays.asList(a.consumers());
    List<String> purposes = Arrays.asList(a.purposes());
    if (a.level() != AccessLevel.RESTRICTED) {
      if (!domains.isEmpty() || !consumers.isEmpty() || !purposes.isEmpty()) {
        throw new ProductDefinitionException(
            subject,
            "access",
            "restricted-lists",
            "level "
                + a.level()
                + " takes no domains, consumers or purposes; use level RESTRICTED to list them");
      }
      return a.level() == AccessLevel.PUBLIC
          ? AccessPolicy.publicAccess()
          : AccessPolicy.internal();
    }
    return rethrow(
        subject,
        () ->
            AccessPolicy.restricted()
                .domains(domains)
                .consumers(consumers)
                .purposes(purposes)
                .build(),
        "access.");
  }

  private static DataContract derive(String subject, Class<?> recordType) {
    try {
      return DataContracts.derive(recordType);
    } catch (MeshException e) {
      throw new ProductDefinitionException(
          subject,
          "recordType",
          "derivable",
          "cannot derive a contract from " + recordType.getName() + ": " + e.getMessage());
    }
  }

  private static DataContract resource(String subject, Class<?> type, String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = type.getClassLoader();
    InputStream in =
        loader == null
            ? ClassLoader.getSystemResourceAsStream(name)
            : loader.getResourceAsStream(name);
    if (in == null) {
      throw new ProductDefinitionException(
          subject,
          "contract",
          "resource-exists",
          "classpath resource '" + resource + "' does not exist");
    }
    String text;
    try (in) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProductDefinitionException(
          subject, "contract", "resource-readable", "cannot read '" + resource + "': " + e);
    }
    try {
      return DataContracts.parse(text, name);
    } catch (MeshException e) {
      throw new ProductDefinitionException(
          subject,
          "contract",
          "odcs",
          "'" + resource + "' is not an ODCS contract: " + e.getMessage());
    }
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static <T> T rethrow(String subject, java.util.function.Supplier<T> build) {
    return rethrow(subject, build, "");
  }

  private static <T> T rethrow(
      String subject, java.util.function.Supplier<T> build, String fieldPrefix) {
    try {
      return build.get();
    } catch (ProductDefinitionException e) {
      throw new ProductDefinitionException(subject, fieldPrefix + e.field(), e.rule(), e.problem());
    }
  }
}
