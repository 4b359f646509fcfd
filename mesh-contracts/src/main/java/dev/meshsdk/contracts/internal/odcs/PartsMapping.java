package dev.meshsdk.contracts.internal.odcs;

import dev.meshsdk.contracts.ContractContext;
import dev.meshsdk.contracts.ContractDescription;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.Price;
import dev.meshsdk.contracts.Role;
import dev.meshsdk.contracts.Server;
import dev.meshsdk.contracts.ServerType;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.contracts.TeamMember;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the contract's smaller top-level parts: description, servers, team, roles,
 * support channels, price, SLA properties and the v3.2 draft's context.
 *
 * <p>Reading is strict about JSON types and about the fields the model needs, and lenient about the
 * standard's conditional rules (which fields a server type requires): those are the conformance
 * checker's. Writing puts fields in the order of the standard's documentation and examples,
 * extensions last.
 */
public final class PartsMapping {
  private PartsMapping() {}

  /**
   * Reads the top-level {@code description} object.
   *
   * @param node the node
   * @param path its path
   * @return the description
   */
  public static ContractDescription description(Node node, String path) {
    Fields f = Fields.of(node, path);
    return ContractDescription.builder()
        .usage(f.string("usage"))
        .purpose(f.string("purpose"))
        .limitations(f.string("limitations"))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes the top-level {@code description} object.
   *
   * @param d the description
   * @return the JSON object
   */
  public static JsonValue.Obj description(ContractDescription d) {
    return Out.object()
        .opt("purpose", d.purpose())
        .opt("limitations", d.limitations())
        .opt("usage", d.usage())
        .list(
            "authoritativeDefinitions",
            d.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("customProperties", d.customProperties(), CommonMapping::customProperty)
        .extensions(d.extensions())
        .build();
  }

  /**
   * Reads a server. The type-specific fields listed in {@link Server#ATTRIBUTE_KEYS} become
   * attributes in document order ({@code port} must be an integer, the others strings); whether the
   * server's type allows or requires them is not checked here.
   *
   * @param node the node
   * @param path its path
   * @return the server
   */
  public static Server server(Node node, String path) {
    Fields f = Fields.of(node, path);
    String server = f.requiredString("server");
    ServerType type =
        f.enumValue("type", ServerType.values(), ServerType::value)
            .orElseThrow(() -> f.missing("type"));
    Map<String, JsonValue> attributes = new LinkedHashMap<>();
    for (String key : ((Node.Mapping) node).members().keySet()) {
      if (!Server.ATTRIBUTE_KEYS.contains(key)) {
        continue;
      }
      if (key.equals("port")) {
        f.integer(key).ifPresent(p -> attributes.put(key, JsonValue.of(p)));
      } else {
        f.string(key).ifPresent(s -> attributes.put(key, JsonValue.of(s)));
      }
    }
    return Server.builder()
        .server(server)
        .type(type)
        .id(f.string("id"))
        .description(f.string("description"))
        .environment(f.string("environment"))
        .attributes(attributes)
        .roles(f.list("roles", PartsMapping::role))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a server: the common fields, then the type-specific ones in their order, then roles,
   * custom properties and extensions.
   *
   * @param s the server
   * @return the JSON object
   */
  public static JsonValue.Obj server(Server s) {
    Out o =
        Out.object()
            .opt("id", s.id())
            .put("server", s.server())
            .put("type", s.type().value())
            .opt("description", s.description())
            .opt("environment", s.environment());
    s.attributes().forEach(o::put);
    return o.list("roles", s.roles(), PartsMapping::role)
        .list("customProperties", s.customProperties(), CommonMapping::customProperty)
        .extensions(s.extensions())
        .build();
  }

  /**
   * Reads the {@code team}: the v3.1 object, or the deprecated v3.0 array of members (then {@link
   * Team#legacyMemberList()} is true).
   *
   * @param node the node
   * @param path its path
   * @return the team
   */
  public static Team team(Node node, String path) {
    if (node instanceof Node.Sequence seq) {
      List<TeamMember> members = new ArrayList<>(seq.items().size());
      for (int i = 0; i < seq.items().size(); i++) {
        members.add(teamMember(seq.items().get(i), Nodes.index(path, i)));
      }
      return Team.legacy(members);
    }
    if (!(node instanceof Node.Mapping)) {
      throw Fields.typeError(node, path, "an object (or the deprecated array of members)");
    }
    Fields f = Fields.of(node, path);
    return Team.builder()
        .id(f.string("id"))
        .name(f.string("name"))
        .description(f.string("description"))
        .members(f.list("members", PartsMapping::teamMember))
        .tags(f.strings("tags"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes the {@code team} in the form it was read in: an object, or for a legacy team the plain
   * array of members.
   *
   * @param t the team
   * @return the JSON object or array
   */
  public static JsonValue team(Team t) {
    if (t.legacyMemberList()) {
      List<JsonValue> members = new ArrayList<>(t.members().size());
      for (TeamMember m : t.members()) {
        members.add(teamMember(m));
      }
      return new JsonValue.Arr(members);
    }
    return Out.object()
        .opt("id", t.id())
        .opt("name", t.name())
        .opt("description", t.description())
        .strings("tags", t.tags())
        .list("customProperties", t.customProperties(), CommonMapping::customProperty)
        .list(
            "authoritativeDefinitions",
            t.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("members", t.members(), PartsMapping::teamMember)
        .extensions(t.extensions())
        .build();
  }

  /**
   * Reads a team member.
   *
   * @param node the node
   * @param path its path
   * @return the member
   */
  public static TeamMember teamMember(Node node, String path) {
    Fields f = Fields.of(node, path);
    return TeamMember.builder()
        .username(f.requiredString("username"))
        .name(f.string("name"))
        .description(f.string("description"))
        .role(f.string("role"))
        .dateIn(f.string("dateIn"))
        .dateOut(f.string("dateOut"))
        .replacedByUsername(f.string("replacedByUsername"))
        .id(f.string("id"))
        .tags(f.strings("tags"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a team member.
   *
   * @param m the member
   * @return the JSON object
   */
  public static JsonValue.Obj teamMember(TeamMember m) {
    return Out.object()
        .opt("id", m.id())
        .put("username", m.username())
        .opt("name", m.name())
        .opt("role", m.role())
        .opt("description", m.description())
        .opt("dateIn", m.dateIn())
        .opt("dateOut", m.dateOut())
        .opt("replacedByUsername", m.replacedByUsername())
        .strings("tags", m.tags())
        .list("customProperties", m.customProperties(), CommonMapping::customProperty)
        .list(
            "authoritativeDefinitions",
            m.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .extensions(m.extensions())
        .build();
  }

  /**
   * Reads a role (top-level {@code roles[]} or a server's {@code roles[]}).
   *
   * @param node the node
   * @param path its path
   * @return the role
   */
  public static Role role(Node node, String path) {
    Fields f = Fields.of(node, path);
    return Role.builder()
        .role(f.requiredString("role"))
        .description(f.string("description"))
        .access(f.string("access"))
        .firstLevelApprovers(f.string("firstLevelApprovers"))
        .secondLevelApprovers(f.string("secondLevelApprovers"))
        .id(f.string("id"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a role.
   *
   * @param r the role
   * @return the JSON object
   */
  public static JsonValue.Obj role(Role r) {
    return Out.object()
        .opt("id", r.id())
        .put("role", r.role())
        .opt("description", r.description())
        .opt("access", r.access())
        .opt("firstLevelApprovers", r.firstLevelApprovers())
        .opt("secondLevelApprovers", r.secondLevelApprovers())
        .list("customProperties", r.customProperties(), CommonMapping::customProperty)
        .extensions(r.extensions())
        .build();
  }

  /**
   * Reads a support channel.
   *
   * @param node the node
   * @param path its path
   * @return the support channel
   */
  public static SupportChannel supportChannel(Node node, String path) {
    Fields f = Fields.of(node, path);
    return SupportChannel.builder()
        .channel(f.requiredString("channel"))
        .url(f.string("url"))
        .description(f.string("description"))
        .tool(f.string("tool"))
        .scope(f.string("scope"))
        .invitationUrl(f.string("invitationUrl"))
        .id(f.string("id"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a support channel.
   *
   * @param s the support channel
   * @return the JSON object
   */
  public static JsonValue.Obj supportChannel(SupportChannel s) {
    return Out.object()
        .opt("id", s.id())
        .put("channel", s.channel())
        .opt("description", s.description())
        .opt("tool", s.tool())
        .opt("scope", s.scope())
        .opt("url", s.url())
        .opt("invitationUrl", s.invitationUrl())
        .list("customProperties", s.customProperties(), CommonMapping::customProperty)
        .extensions(s.extensions())
        .build();
  }

  /**
   * Reads the top-level {@code price} object.
   *
   * @param node the node
   * @param path its path
   * @return the price
   */
  public static Price price(Node node, String path) {
    Fields f = Fields.of(node, path);
    return Price.builder()
        .priceAmount(f.number("priceAmount"))
        .priceCurrency(f.string("priceCurrency"))
        .priceUnit(f.string("priceUnit"))
        .id(f.string("id"))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes the top-level {@code price} object.
   *
   * @param p the price
   * @return the JSON object
   */
  public static JsonValue.Obj price(Price p) {
    return Out.object()
        .opt("id", p.id())
        .opt("priceAmount", p.priceAmount())
        .opt("priceCurrency", p.priceCurrency())
        .opt("priceUnit", p.priceUnit())
        .extensions(p.extensions())
        .build();
  }

  /**
   * Reads an SLA property. {@code value} must be present (it may be null); it and {@code valueExt}
   * must be a string, number, boolean or null.
   *
   * @param node the node
   * @param path its path
   * @return the SLA property
   */
  public static SlaProperty slaProperty(Node node, String path) {
    Fields f = Fields.of(node, path);
    String property = f.requiredString("property");
    if (!f.has("value")) {
      throw f.missing("value");
    }
    return SlaProperty.builder()
        .property(property)
        .value(scalar(f, "value"))
        .valueExt(f.has("valueExt") ? Optional.of(scalar(f, "valueExt")) : Optional.empty())
        .unit(f.string("unit"))
        .element(f.string("element"))
        .driver(f.string("driver"))
        .description(f.string("description"))
        .scheduler(f.string("scheduler"))
        .schedule(f.string("schedule"))
        .id(f.string("id"))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes an SLA property.
   *
   * @param s the SLA property
   * @return the JSON object
   */
  public static JsonValue.Obj slaProperty(SlaProperty s) {
    return Out.object()
        .opt("id", s.id())
        .put("property", s.property())
        .put("value", s.value())
        .opt("valueExt", s.valueExt())
        .opt("unit", s.unit())
        .opt("element", s.element())
        .opt("scheduler", s.scheduler())
        .opt("schedule", s.schedule())
        .opt("driver", s.driver())
        .opt("description", s.description())
        .extensions(s.extensions())
        .build();
  }

  /**
   * Reads the v3.2 draft's {@code context}: an object, or a plain string that stands for the
   * instructions (then {@link ContractContext#shorthand()} is true).
   *
   * @param node the node
   * @param path its path
   * @return the context
   */
  public static ContractContext context(Node node, String path) {
    if (node instanceof Node.Scalar s && s.value() instanceof JsonValue.Str str) {
      return ContractContext.of(str.value());
    }
    if (!(node instanceof Node.Mapping)) {
      throw Fields.typeError(node, path, "an object or a string");
    }
    Fields f = Fields.of(node, path);
    return ContractContext.builder()
        .instructions(f.string("instructions"))
        .verifiedStatements(f.list("verifiedStatements", PartsMapping::verifiedStatement))
        .constraints(f.list("constraints", PartsMapping::constraint))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes the v3.2 draft's {@code context} in the form it was read in: an object, or for the
   * shorthand form the plain string of instructions.
   *
   * @param c the context
   * @return the JSON object or string
   */
  public static JsonValue context(ContractContext c) {
    if (c.shorthand()) {
      return JsonValue.of(c.instructions().orElseThrow());
    }
    return Out.object()
        .opt("instructions", c.instructions())
        .list("verifiedStatements", c.verifiedStatements(), PartsMapping::verifiedStatement)
        .list("constraints", c.constraints(), PartsMapping::constraint)
        .extensions(c.extensions())
        .build();
  }

  /**
   * Reads a verified statement of a context.
   *
   * @param node the node
   * @param path its path
   * @return the statement
   */
  public static ContractContext.VerifiedStatement verifiedStatement(Node node, String path) {
    Fields f = Fields.of(node, path);
    return ContractContext.VerifiedStatement.builder()
        .question(f.requiredString("question"))
        .answer(f.string("answer"))
        .id(f.string("id"))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .tags(f.strings("tags"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a verified statement of a context.
   *
   * @param v the statement
   * @return the JSON object
   */
  public static JsonValue.Obj verifiedStatement(ContractContext.VerifiedStatement v) {
    return Out.object()
        .opt("id", v.id())
        .put("question", v.question())
        .opt("answer", v.answer())
        .list(
            "authoritativeDefinitions",
            v.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .strings("tags", v.tags())
        .list("customProperties", v.customProperties(), CommonMapping::customProperty)
        .extensions(v.extensions())
        .build();
  }

  /**
   * Reads a constraint of a context.
   *
   * @param node the node
   * @param path its path
   * @return the constraint
   */
  public static ContractContext.Constraint constraint(Node node, String path) {
    Fields f = Fields.of(node, path);
    return ContractContext.Constraint.builder()
        .constraint(f.requiredString("constraint"))
        .id(f.string("id"))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .tags(f.strings("tags"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a constraint of a context.
   *
   * @param c the constraint
   * @return the JSON object
   */
  public static JsonValue.Obj constraint(ContractContext.Constraint c) {
    return Out.object()
        .opt("id", c.id())
        .put("constraint", c.constraint())
        .list(
            "authoritativeDefinitions",
            c.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .strings("tags", c.tags())
        .list("customProperties", c.customProperties(), CommonMapping::customProperty)
        .extensions(c.extensions())
        .build();
  }

  /** Reads a field that must be a string, number, boolean or null; a null is kept. */
  private static JsonValue scalar(Fields f, String key) {
    JsonValue v = f.any(key).orElse(JsonValue.Null.INSTANCE);
    if (v instanceof JsonValue.Arr || v instanceof JsonValue.Obj) {
      throw f.error(key, "expected a string, number, boolean or null but found " + v.typeName());
    }
    return v;
  }
}
