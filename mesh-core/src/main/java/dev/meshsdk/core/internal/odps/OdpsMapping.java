package dev.meshsdk.core.internal.odps;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.internal.odcs.CommonMapping;
import dev.meshsdk.contracts.internal.odcs.Fields;
import dev.meshsdk.contracts.internal.odcs.Out;
import dev.meshsdk.contracts.internal.odcs.PartsMapping;
import dev.meshsdk.contracts.internal.tree.Location;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import dev.meshsdk.core.AccessLevel;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.ContractResolver;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDefinitionException;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.ProductFormatException;
import dev.meshsdk.core.ProductStatus;
import dev.meshsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps {@link DataProduct} to and from ODPS v1.0.0 documents.
 *
 * <p>What ODPS has no field for travels in {@code customProperties} under names starting {@code
 * meshsdk.}: the product's terms of use; an input port's upstream product; an output port's
 * contract version (when it differs from the port version), schema object, server, location,
 * format, SLA and access policy. Reading takes them out again, so a round trip is lossless.
 */
public final class OdpsMapping {
  /** The ODPS version written. */
  public static final String API_VERSION = "v1.0.0";

  /** The ODPS versions read. */
  public static final Set<String> READABLE = Set.of("v0.9.0", "v1.0.0");

  static final String TERMS = "meshsdk.termsOfUse";
  static final String UPSTREAM = "meshsdk.upstreamProductId";
  static final String CONTRACT_VERSION = "meshsdk.contractVersion";
  static final String SCHEMA_OBJECT = "meshsdk.schemaObject";
  static final String SERVER = "meshsdk.server";
  static final String LOCATION = "meshsdk.location";
  static final String FORMAT = "meshsdk.format";
  static final String SLA = "meshsdk.sla";
  static final String ACCESS = "meshsdk.access";

  private OdpsMapping() {}

  // ------------------------------------------------------------------ reading

  /**
   * Reads a product from a document tree.
   *
   * @param root the root node
   * @param resolver finds the output ports' contracts
   * @return the product
   * @throws ProductFormatException if the document is not an ODPS product this model can hold
   */
  public static DataProduct read(Node root, ContractResolver resolver) {
    try {
      return readProduct(root, resolver);
    } catch (ContractFormatException e) {
      throw new ProductFormatException(
          e.source(), e.line().orElse(0), e.column().orElse(0), e.path(), e.problem(), null);
    }
  }

  private static DataProduct readProduct(Node root, ContractResolver resolver) {
    Fields f = Fields.of(root, "");
    String apiVersion = f.requiredString("apiVersion");
    if (!READABLE.contains(apiVersion)) {
      throw f.error(
          "apiVersion",
          "'"
              + apiVersion
              + "' is not an ODPS version this reader knows: "
              + List.of("v0.9.0", "v1.0.0"));
    }
    String kind = f.requiredString("kind");
    if (!kind.equals("DataProduct")) {
      throw f.error("kind", "'" + kind + "' is not 'DataProduct'");
    }
    String id = f.requiredString("id");
    String statusText = f.requiredString("status");
    ProductStatus status =
        ProductStatus.fromWire(statusText)
            .orElseThrow(
                () ->
                    f.error(
                        "status",
                        "'"
                            + statusText
                            + "' is not one of [proposed, draft, active, deprecated, retired]"));
    Reserved custom = Reserved.read(f, "customProperties", Set.of(TERMS));
    DataProduct.Builder b =
        DataProduct.builder()
            .id(id)
            .name(f.string("name"))
            .version(f.string("version"))
            .status(status)
            .domain(f.string("domain"))
            .description(f.object("description", OdpsMapping::description))
            .tags(f.strings("tags"))
            .inputPorts(f.list("inputPorts", OdpsMapping::inputPort))
            .outputPorts(f.list("outputPorts", (n, p) -> outputPort(n, p, resolver)))
            .support(f.list("support", PartsMapping::supportChannel))
            .team(f.object("team", OdpsMapping::team))
            .termsOfUse(custom.string(TERMS))
            .customProperties(custom.others());
    b.extensions(f.rest());
    return build(root, "", b::build);
  }

  private static dev.meshsdk.contracts.Team team(Node node, String path) {
    if (!(node instanceof Node.Mapping)) {
      throw Fields.typeError(node, path, "an object");
    }
    return PartsMapping.team(node, path);
  }

  private static ProductDescription description(Node node, String path) {
    Fields f = Fields.of(node, path);
    Optional<String> purpose = f.string("purpose");
    Optional<String> usage = f.string("usage");
    Optional<String> limitations = f.string("limitations");
    return build(node, path, () -> new ProductDescription(purpose, usage, limitations, f.rest()));
  }

  private static InputPort inputPort(Node node, String path) {
    Fields f = Fields.of(node, path);
    Reserved custom = Reserved.read(f, "customProperties", Set.of(UPSTREAM));
    InputPort.Builder b =
        InputPort.builder()
            .name(f.requiredString("name"))
            .contract(f.requiredString("contractId"), f.requiredString("version"))
            .upstreamProductId(custom.string(UPSTREAM))
            .tags(f.strings("tags"))
            .customProperties(custom.others());
    b.extensions(f.rest());
    return build(node, path, b::build);
  }

  private static OutputPort outputPort(Node node, String path, ContractResolver resolver) {
    Fields f = Fields.of(node, path);
    Reserved custom =
        Reserved.read(
            f,
            "customProperties",
            Set.of(CONTRACT_VERSION, SCHEMA_OBJECT, SERVER, LOCATION, FORMAT, SLA, ACCESS));
    String name = f.requiredString("name");
    String version = f.requiredString("version");
    Optional<String> contractId = f.string("contractId");
    Optional<String> contractVersion =
        contractId.isPresent()
            ? Optional.of(custom.string(CONTRACT_VERSION).orElse(version))
            : custom.string(CONTRACT_VERSION);
    OutputPort.Builder b =
        OutputPort.builder()
            .name(name)
            .version(version)
            .description(f.string("description"))
            .contractRef(contractId, contractVersion)
            .schemaObject(custom.string(SCHEMA_OBJECT))
            .server(custom.string(SERVER))
            .location(custom.string(LOCATION))
            .format(custom.string(FORMAT))
            .sla(custom.list(SLA, PartsMapping::slaProperty))
            .access(custom.object(ACCESS, OdpsMapping::access).orElse(AccessPolicy.internal()))
            .tags(f.strings("tags"))
            .customProperties(custom.others());
    b.extensions(f.rest());
    if (contractId.isPresent() && contractVersion.isPresent()) {
      Optional<DataContract> contract = resolver.resolve(contractId.get(), contractVersion.get());
      contract.ifPresent(b::contract);
    }
    return build(node, path, b::build);
  }

  private static AccessPolicy access(Node node, String path) {
    Fields f = Fields.of(node, path);
    String level = f.requiredString("level");
    AccessLevel l =
        Fields.enumOf(
            f.node("level").orElseThrow(),
            Nodes.child(path, "level"),
            AccessLevel.values(),
            a -> a.name().toLowerCase(Locale.ROOT));
    List<String> domains = f.strings("domains");
    List<String> consumers = f.strings("consumers");
    List<String> purposes = f.strings("purposes");
    Map<String, JsonValue> rest = f.rest();
    if (!rest.isEmpty()) {
      throw f.error(
          rest.keySet().iterator().next(),
          "unknown field of an access policy; expected level, domains, consumers, purposes");
    }
    if (l != AccessLevel.RESTRICTED) {
      if (!domains.isEmpty() || !consumers.isEmpty() || !purposes.isEmpty()) {
        throw f.error("level", "a " + level + " policy lists no domains, consumers or purposes");
      }
      return l == AccessLevel.PUBLIC ? AccessPolicy.publicAccess() : AccessPolicy.internal();
    }
    return build(
        node,
        path,
        () ->
            AccessPolicy.restricted()
                .domains(domains)
                .consumers(consumers)
                .purposes(purposes)
                .build());
  }

  /** Builds a value, turning a broken declaration rule into a format error at the node. */
  private static <T> T build(Node node, String path, java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ProductDefinitionException e) {
      Location at = node.location();
      String field = e.field();
      return fail(at, path, field, e);
    }
  }

  private static <T> T fail(Location at, String path, String field, ProductDefinitionException e) {
    String p = path.isEmpty() ? field : path + "." + field;
    String message = e.problem() + " [" + e.rule() + "]";
    throw new ProductFormatException(at.source(), at.line(), at.column(), p, message, e);
  }

  /** The custom properties of one object, split into meshsdk's own and the user's. */
  private static final class Reserved {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final List<CustomProperty> others = new ArrayList<>();

    static Reserved read(Fields f, String key, Set<String> known) {
      Reserved r = new Reserved();
      Optional<Node> node = f.node(key);
      if (node.isEmpty()) {
        return r;
      }
      String p = Nodes.child(f.path(), key);
      if (!(node.get() instanceof Node.Sequence seq)) {
        throw Fields.typeError(node.get(), p, "an array");
      }
      for (int i = 0; i < seq.items().size(); i++) {
        Node item = seq.items().get(i);
        String ip = Nodes.index(p, i);
        CustomProperty c = CommonMapping.customProperty(item, ip);
        if (c.property().startsWith(Checks.RESERVED_PREFIX)) {
          if (!known.contains(c.property())) {
            throw Fields.error(
                item.location(),
                ip + ".property",
                "'"
                    + c.property()
                    + "' is not a property meshsdk writes here; expected one of "
                    + known.stream().sorted().toList());
          }
          if (r.values.containsKey(c.property())) {
            throw Fields.error(
                item.location(), ip + ".property", "'" + c.property() + "' is given twice");
          }
          Node.Mapping m = (Node.Mapping) item;
          r.values.put(c.property(), m.get("value").orElseThrow());
          r.paths.put(c.property(), Nodes.child(ip, "value"));
        } else {
          r.others.add(c);
        }
      }
      return r;
    }

    Optional<String> string(String property) {
      Node n = values.get(property);
      return n == null ? Optional.empty() : Optional.of(Fields.stringOf(n, paths.get(property)));
    }

    <T> Optional<T> object(String property, Fields.ElementReader<T> reader) {
      Node n = values.get(property);
      return n == null ? Optional.empty() : Optional.of(reader.read(n, paths.get(property)));
    }

    <T> List<T> list(String property, Fields.ElementReader<T> reader) {
      Node n = values.get(property);
      if (n == null) {
        return List.of();
      }
      String p = paths.get(property);
      if (!(n instanceof Node.Sequence seq)) {
        throw Fields.typeError(n, p, "an array");
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < seq.items().size(); i++) {
        out.add(reader.read(seq.items().get(i), Nodes.index(p, i)));
      }
      return out;
    }

    List<CustomProperty> others() {
      return others;
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a product as an ODPS v1.0.0 document tree.
   *
   * @param p the product
   * @return the document
   */
  public static JsonValue.Obj write(DataProduct p) {
    List<CustomProperty> custom = new ArrayList<>(p.customProperties());
    p.termsOfUse().ifPresent(t -> custom.add(CustomProperty.of(TERMS, new JsonValue.Str(t))));
    return Out.object()
        .put("apiVersion", API_VERSION)
        .put("kind", "DataProduct")
        .put("id", p.id())
        .opt("name", p.name())
        .opt("version", p.version())
        .put("status", p.status().wire())
        .opt("domain", p.domain())
        .object("description", p.description(), OdpsMapping::description)
        .strings("tags", p.tags())
        .list("inputPorts", p.inputPorts(), OdpsMapping::inputPort)
        .list("outputPorts", p.outputPorts(), OdpsMapping::outputPort)
        .list("support", p.support(), PartsMapping::supportChannel)
        .object("team", p.team(), PartsMapping::team)
        .list("customProperties", custom, CommonMapping::customProperty)
        .extensions(p.extensions())
        .build();
  }

  private static JsonValue.Obj description(ProductDescription d) {
    return Out.object()
        .opt("purpose", d.purpose())
        .opt("usage", d.usage())
        .opt("limitations", d.limitations())
        .extensions(d.extensions())
        .build();
  }

  private static JsonValue.Obj inputPort(InputPort port) {
    List<CustomProperty> custom = new ArrayList<>(port.customProperties());
    port.upstreamProductId()
        .ifPresent(u -> custom.add(CustomProperty.of(UPSTREAM, new JsonValue.Str(u))));
    return Out.object()
        .put("name", port.name())
        .put("version", port.contractVersion())
        .put("contractId", port.contractId())
        .strings("tags", port.tags())
        .list("customProperties", custom, CommonMapping::customProperty)
        .extensions(port.extensions())
        .build();
  }

  private static JsonValue.Obj outputPort(OutputPort port) {
    List<CustomProperty> custom = new ArrayList<>(port.customProperties());
    port.contractVersion()
        .filter(v -> !v.equals(port.version()))
        .ifPresent(v -> custom.add(str(CONTRACT_VERSION, v)));
    port.schemaObject().ifPresent(v -> custom.add(str(SCHEMA_OBJECT, v)));
    port.server().ifPresent(v -> custom.add(str(SERVER, v)));
    port.location().ifPresent(v -> custom.add(str(LOCATION, v)));
    port.format().ifPresent(v -> custom.add(str(FORMAT, v)));
    if (!port.sla().isEmpty()) {
      List<JsonValue> sla = new ArrayList<>();
      for (SlaProperty s : port.sla()) {
        sla.add(PartsMapping.slaProperty(s));
      }
      custom.add(CustomProperty.of(SLA, new JsonValue.Arr(sla)));
    }
    custom.add(CustomProperty.of(ACCESS, access(port.access())));
    return Out.object()
        .put("name", port.name())
        .put("version", port.version())
        .opt("description", port.description())
        .opt("contractId", port.contractId())
        .strings("tags", port.tags())
        .list("customProperties", custom, CommonMapping::customProperty)
        .extensions(port.extensions())
        .build();
  }

  private static CustomProperty str(String property, String value) {
    return CustomProperty.of(property, new JsonValue.Str(value));
  }

  private static JsonValue access(AccessPolicy policy) {
    Out out = Out.object().put("level", policy.level().name().toLowerCase(Locale.ROOT));
    if (policy instanceof AccessPolicy.Restricted r) {
      out.strings("domains", r.domains().stream().sorted().toList())
          .strings("consumers", r.consumers().stream().sorted().toList())
          .strings("purposes", r.purposes().stream().sorted().toList());
    }
    return out.build();
  }
}
