package dev.meshsdk.contracts.internal.check;

import static dev.meshsdk.contracts.internal.check.Fields.AUTHORITATIVE_DEFINITIONS;
import static dev.meshsdk.contracts.internal.check.Fields.CUSTOM_PROPERTIES;
import static dev.meshsdk.contracts.internal.check.Fields.NUMBER;
import static dev.meshsdk.contracts.internal.check.Fields.SCALAR;
import static dev.meshsdk.contracts.internal.check.Fields.STABLE_ID;
import static dev.meshsdk.contracts.internal.check.Fields.STRING;
import static dev.meshsdk.contracts.internal.check.Fields.TAGS;
import static dev.meshsdk.contracts.internal.check.Fields.arrayOf;
import static dev.meshsdk.contracts.internal.check.Fields.shape;

import dev.meshsdk.contracts.JsonValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the document outside {@code schema}: the root, servers, team, roles, support,
 * price, SLA properties, and the v3.2.0 context, synonym and enum value blocks.
 */
final class Grammar {
  private Grammar() {}

  /** {@code Role}. */
  static final Shape ROLE =
      Shape.closed("a role")
          .with("id", STABLE_ID)
          .with(
              List.of(
                  "role", "description", "access", "firstLevelApprovers", "secondLevelApprovers"),
              STRING)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("role");

  /** {@code SupportItem}. */
  static final Shape SUPPORT_ITEM =
      Shape.closed("a support channel")
          .with("id", STABLE_ID)
          .with(List.of("channel", "url", "description", "tool", "scope", "invitationUrl"), STRING)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("channel");

  /** {@code Pricing}. */
  static final Shape PRICING =
      Shape.closed("the price")
          .with("id", STABLE_ID)
          .with("priceAmount", NUMBER)
          .with(List.of("priceCurrency", "priceUnit"), STRING);

  /** {@code TeamMember}. */
  static final Shape TEAM_MEMBER =
      Shape.closed("a team member")
          .with("id", STABLE_ID)
          .with(
              List.of(
                  "username",
                  "name",
                  "description",
                  "role",
                  "dateIn",
                  "dateOut",
                  "replacedByUsername"),
              STRING)
          .with("tags", TAGS)
          .with("customProperties", CUSTOM_PROPERTIES)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
          .require("username");

  /** {@code Team}: the v3.1.0 object. */
  static final Shape TEAM =
      Shape.closed("the team")
          .with("id", STABLE_ID)
          .with(List.of("name", "description"), STRING)
          .with("members", arrayOf(shape(TEAM_MEMBER)))
          .with("tags", TAGS)
          .with("customProperties", CUSTOM_PROPERTIES)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS);

  /** {@code team}: the Team object, or the deprecated v3.0 array of members. */
  static final FieldRule TEAM_FIELD =
      (c, v, p) -> {
        if (v instanceof JsonValue.Arr) {
          arrayOf(shape(TEAM_MEMBER)).check(c, v, p);
        } else if (v instanceof JsonValue.Obj) {
          c.object(v, p, TEAM);
        } else {
          c.report(
              p,
              "type",
              "Expected a team object (or the deprecated array of members) but found "
                  + JsonType.describe(v)
                  + ".");
        }
      };

  /** {@code ServiceLevelAgreementProperty}. */
  static final Shape SLA_PROPERTY =
      Shape.closed("an SLA property")
          .with("id", STABLE_ID)
          .with("property", STRING)
          .with("value", SCALAR)
          .with("valueExt", SCALAR)
          .with(
              List.of("unit", "element", "driver", "description", "scheduler", "schedule"), STRING)
          .require("property", "value");

  /** The root {@code description} object; the schema leaves it open. */
  static final Shape DESCRIPTION =
      Shape.open("the description")
          .with(List.of("usage", "purpose", "limitations"), STRING)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
          .with("customProperties", CUSTOM_PROPERTIES);

  /** {@code Synonym} (v3.2.0). */
  static final Shape SYNONYM =
      Shape.closed("a synonym")
          .with("id", STABLE_ID)
          .with(List.of("synonym", "description", "locale", "source", "status"), STRING)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("synonym");

  /** {@code EnumValue} (v3.2.0). */
  static final Shape ENUM_VALUE =
      Shape.closed("an enum value")
          .with("value", SCALAR)
          .with("label", STRING)
          .with("id", STABLE_ID)
          .with("description", STRING)
          .with("customProperties", CUSTOM_PROPERTIES)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
          .with("tags", TAGS)
          .require("value");

  private static final Shape VERIFIED_STATEMENT =
      Shape.closed("a verified statement")
          .with(List.of("id", "question", "answer"), STRING)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
          .with("tags", TAGS)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("question");

  private static final Shape CONSTRAINT =
      Shape.closed("a context constraint")
          .with(List.of("id", "constraint"), STRING)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
          .with("tags", TAGS)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("constraint");

  private static final Shape CONTEXT_OBJECT =
      Shape.closed("the context")
          .with("instructions", STRING)
          .with("verifiedStatements", arrayOf(shape(VERIFIED_STATEMENT)))
          .with("constraints", arrayOf(shape(CONSTRAINT)));

  /** {@code Context} (v3.2.0): a string (instructions only) or the context object. */
  static final FieldRule CONTEXT =
      (c, v, p) -> {
        if (v instanceof JsonValue.Obj) {
          c.object(v, p, CONTEXT_OBJECT);
        } else if (!(v instanceof JsonValue.Str)) {
          c.report(
              p,
              "type",
              "Expected a string or a context object but found " + JsonType.describe(v) + ".");
        }
      };

  /** The root object of a contract. */
  static Shape root(SchemaVersion version) {
    return Roots.BY_VERSION.get(version);
  }

  /** Built on first use, after the shapes above and those of {@link SchemaRules} exist. */
  private static final class Roots {
    static final Map<SchemaVersion, Shape> BY_VERSION = new EnumMap<>(SchemaVersion.class);

    static {
      for (SchemaVersion v : SchemaVersion.values()) {
        BY_VERSION.put(v, buildRoot(v));
      }
    }
  }

  private static Shape buildRoot(SchemaVersion version) {
    Shape root =
        Shape.closed("a data contract")
            .with("version", STRING)
            .with("kind", Fields.oneOf(List.of("DataContract")))
            .with("apiVersion", Fields.oneOf(version.apiVersions()))
            .with(List.of("id", "name", "tenant"), STRING)
            .with("tags", TAGS)
            .with("status", STRING)
            .with(
                "servers",
                arrayOf(
                    (c, v, p) -> {
                      String type =
                          v instanceof JsonValue.Obj o
                              ? o.get("type").flatMap(JsonValue::asString).orElse("")
                              : "";
                      c.object(v, p, ServerTypes.shape(c.version(), type));
                    }))
            .with("dataProduct", STRING)
            .with("description", shape(DESCRIPTION))
            .with("domain", STRING)
            .with("schema", SchemaRules.SCHEMA)
            .with("support", arrayOf(shape(SUPPORT_ITEM)))
            .with("price", shape(PRICING))
            .with("team", TEAM_FIELD)
            .with("roles", arrayOf(shape(ROLE)))
            .with("slaDefaultElement", STRING)
            .with("slaProperties", arrayOf(shape(SLA_PROPERTY)))
            .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
            .with("customProperties", CUSTOM_PROPERTIES)
            .with("contractCreatedTs", STRING)
            .require("version", "apiVersion", "kind", "id");
    if (version.isV32()) {
      return root.with("context", CONTEXT);
    }
    return root.require("status");
  }
}
