package dev.meshsdk.contracts.internal.odcs;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.OdcsVersion;
import dev.meshsdk.contracts.internal.tree.Node;

/** Reads a whole ODCS document into a {@link DataContract} and writes one back. */
public final class ContractMapping {
  /** The only {@code kind} an ODCS contract has. */
  public static final String KIND = "DataContract";

  private ContractMapping() {}

  /**
   * Reads a contract from a document's root node.
   *
   * @param root the root node
   * @return the contract
   * @throws dev.meshsdk.contracts.ContractFormatException if the document is not an ODCS contract
   *     the model can hold
   */
  public static DataContract read(Node root) {
    Fields f = Fields.of(root, "");
    String api = f.requiredString("apiVersion");
    OdcsVersion version =
        OdcsVersion.fromValue(api)
            .orElseThrow(
                () ->
                    f.error(
                        "apiVersion",
                        "'"
                            + api
                            + "' is not an ODCS version meshsdk reads: v3.0.0, v3.0.1, v3.0.2,"
                            + " v3.1.0 or the v3.2.0 draft"));
    String kind = f.requiredString("kind");
    if (!KIND.equals(kind)) {
      throw f.error("kind", "'" + kind + "' is not one of [" + KIND + "]");
    }
    return DataContract.builder()
        .apiVersion(version)
        .id(f.requiredString("id"))
        .version(f.requiredString("version"))
        .status(f.string("status"))
        .name(f.string("name"))
        .tenant(f.string("tenant"))
        .domain(f.string("domain"))
        .dataProduct(f.string("dataProduct"))
        .description(f.object("description", PartsMapping::description))
        .tags(f.strings("tags"))
        .schema(f.list("schema", SchemaMapping::schemaObject))
        .servers(f.list("servers", PartsMapping::server))
        .team(f.object("team", PartsMapping::team))
        .roles(f.list("roles", PartsMapping::role))
        .support(f.list("support", PartsMapping::supportChannel))
        .price(f.object("price", PartsMapping::price))
        .slaDefaultElement(f.string("slaDefaultElement"))
        .slaProperties(f.list("slaProperties", PartsMapping::slaProperty))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .contractCreatedTs(f.string("contractCreatedTs"))
        .context(f.object("context", PartsMapping::context))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a contract as a JSON object in the standard's field order, extensions last.
   *
   * @param c the contract
   * @return the document
   */
  public static JsonValue.Obj write(DataContract c) {
    return Out.object()
        .put("apiVersion", c.apiVersion().value())
        .put("kind", KIND)
        .put("id", c.id())
        .opt("name", c.name())
        .put("version", c.version())
        .opt("status", c.status())
        .opt("tenant", c.tenant())
        .opt("domain", c.domain())
        .opt("dataProduct", c.dataProduct())
        .object("description", c.description(), PartsMapping::description)
        .strings("tags", c.tags())
        .object("context", c.context(), PartsMapping::context)
        .list("schema", c.schema(), SchemaMapping::schemaObject)
        .list("servers", c.servers(), PartsMapping::server)
        .object("team", c.team(), PartsMapping::team)
        .list("roles", c.roles(), PartsMapping::role)
        .list("support", c.support(), PartsMapping::supportChannel)
        .object("price", c.price(), PartsMapping::price)
        .opt("slaDefaultElement", c.slaDefaultElement())
        .list("slaProperties", c.slaProperties(), PartsMapping::slaProperty)
        .list(
            "authoritativeDefinitions",
            c.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("customProperties", c.customProperties(), CommonMapping::customProperty)
        .opt("contractCreatedTs", c.contractCreatedTs())
        .extensions(c.extensions())
        .build();
  }
}
