package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.JsonValue;
import java.util.List;

/**
 * Which official schema a document is checked against, chosen by its {@code apiVersion}.
 *
 * <p>v3.0.x and v2.2.x documents are checked against the v3.1.0 schema (which accepts them), with
 * one allowance: the v3.0 schemas made {@code exclusiveMinimum} and {@code exclusiveMaximum} in
 * {@code logicalTypeOptions} booleans, so those documents may keep them. A missing or unknown
 * apiVersion is reported and the document is checked against the v3.1.0 schema, the version the SDK
 * writes.
 */
enum SchemaVersion {
  /** v3.0.x and v2.2.x: the v3.1.0 schema, boolean exclusive bounds allowed. */
  V3_0,
  /** v3.1.0: {@code odcs-json-schema-v3.1.0.json}. */
  V3_1,
  /** v3.2.0: the draft {@code odcs-json-schema-v3.2.0.json}. */
  V3_2;

  /** The apiVersion values of the v3.1.0 schema. */
  static final List<String> API_VERSIONS_3_1 =
      List.of("v3.1.0", "v3.0.2", "v3.0.1", "v3.0.0", "v2.2.2", "v2.2.1", "v2.2.0");

  /** The apiVersion values of the v3.2.0 draft schema. */
  static final List<String> API_VERSIONS_3_2 =
      List.of("v3.2.0", "v3.1.0", "v3.0.2", "v3.0.1", "v3.0.0", "v2.2.2", "v2.2.1", "v2.2.0");

  /** The version a document declares in its apiVersion. */
  static SchemaVersion of(JsonValue.Obj document) {
    String api = document.get("apiVersion").flatMap(JsonValue::asString).orElse("");
    if (api.equals("v3.2.0")) {
      return V3_2;
    }
    if (api.startsWith("v3.0.") || api.startsWith("v2.2.")) {
      return API_VERSIONS_3_1.contains(api) ? V3_0 : V3_1;
    }
    return V3_1;
  }

  /** Whether the v3.2.0 additions (map, enum, synonyms, context, semanticType) apply. */
  boolean isV32() {
    return this == V3_2;
  }

  /** The allowed apiVersion values. */
  List<String> apiVersions() {
    return isV32() ? API_VERSIONS_3_2 : API_VERSIONS_3_1;
  }
}
