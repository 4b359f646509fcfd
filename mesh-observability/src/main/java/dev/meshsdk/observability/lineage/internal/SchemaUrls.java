package dev.meshsdk.observability.lineage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/** The schema URLs of the OpenLineage core spec and facets, and the SDK's producer URI. */
public final class SchemaUrls {
  /** The core spec version we write. */
  public static final String SPEC_VERSION = "2-0-2";

  /** The core spec file. */
  public static final String CORE =
      "https://openlineage.io/spec/" + SPEC_VERSION + "/OpenLineage.json";

  /** The SDK version, from the build. */
  public static final String SDK_VERSION = readVersion();

  /** The producer URI of everything this SDK writes: its source tree at the released tag. */
  public static final URI PRODUCER =
      URI.create("https://github.com/meshsdk/meshsdk/tree/v" + SDK_VERSION + "/mesh-observability");

  private SchemaUrls() {}

  /**
   * The schema URL of one of the core definitions, such as {@code RunEvent}.
   *
   * @param def the definition's name
   * @return {@code https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/<def>}
   */
  public static URI core(String def) {
    return URI.create(CORE + "#/$defs/" + def);
  }

  /**
   * The schema URL of a standard facet.
   *
   * @param version the facet file's version, such as {@code 1-2-0}
   * @param name the facet's schema name, such as {@code SchemaDatasetFacet}
   * @return {@code https://openlineage.io/spec/facets/<version>/<name>.json#/$defs/<name>}
   */
  public static URI facet(String version, String name) {
    return URI.create(
        "https://openlineage.io/spec/facets/" + version + "/" + name + ".json#/$defs/" + name);
  }

  private static String readVersion() {
    try (InputStream in = SchemaUrls.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "0.0.0";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "0.0.0");
      return v.isBlank() || v.startsWith("$") ? "0.0.0" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
