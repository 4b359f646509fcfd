package dev.meshsdk.samples;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.ContractProblem;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.Server;
import dev.meshsdk.contracts.SlaProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The README's demo: reads an ODCS contract, prints a readable summary of it and of its conformance
 * check, shows how broken contracts are refused, and writes the contract back.
 *
 * <p>Run with {@code ./mvnw -q -pl samples -am package exec:java -DskipTests}; pass a file path as
 * the first argument to summarise another contract.
 */
public final class MeshDemo {
  private static final String BUNDLED = "/contracts/orders.odcs.yaml";
  private final PrintStream out;
  private final Path output;

  MeshDemo(PrintStream out, Path outputDirectory) {
    this.out = out;
    this.output = outputDirectory.resolve("contracts");
  }

  /**
   * Runs the demo.
   *
   * @param args an optional path to a contract file
   */
  public static void main(String[] args) {
    Path output = Path.of(System.getProperty("meshsdk.demo.output", "target/mesh-demo"));
    int status = new MeshDemo(System.out, output).run(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  int run(String[] args) {
    DataContract contract;
    try {
      contract =
          args.length > 0
              ? DataContracts.read(Path.of(args[0]))
              : DataContracts.parse(bundled(), "orders.odcs.yaml");
    } catch (ContractFormatException e) {
      out.println("Cannot read the contract: " + e.getMessage());
      return 1;
    }
    heading("meshsdk demo: an ODCS data contract, read and checked");
    summarise(contract);
    reportCheck(contract);
    showRefusals(contract);
    writeBack(contract);
    return 0;
  }

  void summarise(DataContract c) {
    out.println();
    row("Contract", c.id() + "  version " + c.version());
    row("Name", c.name().orElse("(none)"));
    row("Standard", "ODCS " + c.apiVersion().value() + ", status " + c.status().orElse("(none)"));
    row("Domain", c.domain().orElse("(none)") + c.tenant().map(t -> "  tenant " + t).orElse(""));
    c.team().flatMap(t -> t.name()).ifPresent(t -> row("Owner", t));
    c.description()
        .ifPresent(
            d -> {
              d.purpose().ifPresent(p -> row("Purpose", p));
              d.usage().ifPresent(u -> row("Usage", u));
              d.limitations().ifPresent(l -> row("Limits", l));
            });
    if (!c.tags().isEmpty()) {
      row("Tags", String.join(", ", c.tags()));
    }
    for (SchemaObject o : c.schema()) {
      out.println();
      out.println(
          "  "
              + o.name()
              + o.physicalType().map(t -> " (" + t + ")").orElse("")
              + o.physicalName().map(n -> " as " + n).orElse("")
              + ": "
              + o.properties().size()
              + " properties");
      for (SchemaProperty p : o.properties()) {
        property(p, 2);
      }
      for (QualityRule q : o.quality()) {
        out.println("      quality: " + quality(q));
      }
    }
    out.println();
    for (Server s : c.servers()) {
      row(
          "Server",
          s.server()
              + " ("
              + s.type().value()
              + s.environment().map(e -> ", " + e).orElse("")
              + ")"
              + s.host().map(h -> " at " + h).orElse("")
              + s.location().map(l -> " at " + l).orElse(""));
    }
    List<String> sla = new ArrayList<>();
    for (SlaProperty p : c.slaProperties()) {
      sla.add(p.property() + " " + p.value() + p.unit().map(u -> " " + u).orElse(""));
    }
    if (!sla.isEmpty()) {
      row("SLA", String.join("; ", sla));
    }
    c.support()
        .forEach(s -> row("Support", s.channel() + s.tool().map(t -> " (" + t + ")").orElse("")));
  }

  private void property(SchemaProperty p, int depth) {
    List<String> facts = new ArrayList<>();
    facts.add(type(p));
    if (p.isRequired()) {
      facts.add("required");
    }
    if (p.isPrimaryKey()) {
      facts.add("primary key" + p.primaryKeyPosition().map(i -> " #" + i).orElse(""));
    }
    p.classification().ifPresent(cl -> facts.add("classified " + cl));
    p.logicalTypeOptions().ifPresent(o -> facts.addAll(options(o)));
    for (QualityRule q : p.quality()) {
      facts.add("quality " + quality(q));
    }
    String indent = "  ".repeat(depth + 1);
    String name = p.name().orElse("(items)");
    out.printf(
        "%s%-" + Math.max(1, 18 - 2 * depth) + "s %s%n", indent, name, String.join(", ", facts));
    Optional<SchemaProperty> items = p.items();
    List<SchemaProperty> nested = items.map(SchemaProperty::properties).orElse(p.properties());
    for (SchemaProperty child : nested) {
      property(child, depth + 1);
    }
  }

  private static String type(SchemaProperty p) {
    String t = p.logicalType().map(l -> l.value()).orElse("any");
    if (p.items().isPresent()) {
      t += "<" + p.items().get().logicalType().map(l -> l.value()).orElse("any") + ">";
    }
    return t;
  }

  private static List<String> options(LogicalTypeOptions o) {
    List<String> out = new ArrayList<>();
    o.pattern().ifPresent(v -> out.add("pattern " + v));
    o.format().ifPresent(v -> out.add("format " + v));
    o.minLength().ifPresent(v -> out.add("length >= " + v));
    o.maxLength().ifPresent(v -> out.add("length <= " + v));
    o.minimum().ifPresent(v -> out.add(">= " + v));
    o.maximum().ifPresent(v -> out.add("<= " + v));
    o.exclusiveMinimum().ifPresent(v -> out.add("> " + v));
    o.exclusiveMaximum().ifPresent(v -> out.add("< " + v));
    o.minItems().ifPresent(v -> out.add("items >= " + v));
    o.maxItems().ifPresent(v -> out.add("items <= " + v));
    return out;
  }

  private static String quality(QualityRule q) {
    StringBuilder sb = new StringBuilder();
    sb.append(q.metric().map(m -> m.value()).orElse(q.type().map(t -> t.value()).orElse("rule")));
    for (Map.Entry<QualityOperator, JsonValue> op : q.operators().entrySet()) {
      sb.append(' ').append(op.getKey().value()).append(' ').append(op.getValue());
    }
    q.dimension().ifPresent(d -> sb.append(" [").append(d.value()).append(']'));
    return sb.toString();
  }

  void reportCheck(DataContract c) {
    List<ContractProblem> problems = DataContracts.check(c);
    out.println();
    if (problems.isEmpty()) {
      out.println("Check against ODCS " + c.apiVersion().value() + ": conforms, no problems.");
    } else {
      out.println(
          "Check against ODCS " + c.apiVersion().value() + ": " + problems.size() + " problem(s)");
      problems.forEach(p -> out.println("  - " + p));
    }
  }

  void showRefusals(DataContract c) {
    heading("What happens to broken contracts");
    DataContract loose =
        c.toBuilder()
            .extensions(Map.of("costCenter", JsonValue.of("CC-4711")))
            .status(Optional.empty())
            .build();
    out.println();
    out.println("A contract with a vendor field at the top and no status reads, but check says:");
    DataContracts.check(loose).forEach(p -> out.println("  - " + p));

    String yaml = DataContracts.toYaml(c);
    String broken = yaml.replaceFirst("logicalType: number", "logicalType: money");
    out.println();
    out.println("A contract with an unknown logical type is refused when read:");
    try {
      DataContracts.parse(broken, "orders-broken.odcs.yaml");
      out.println("  (unexpectedly accepted)");
    } catch (ContractFormatException e) {
      out.println("  " + e.getMessage());
    }
  }

  void writeBack(DataContract c) {
    try {
      Files.createDirectories(output);
      String base = c.name().orElse("contract").replace(' ', '-').toLowerCase(Locale.ROOT);
      Path yaml = output.resolve(base + ".odcs.yaml");
      Path json = output.resolve(yaml.getFileName().toString().replace(".yaml", ".json"));
      Files.writeString(yaml, DataContracts.toYaml(c));
      Files.writeString(json, DataContracts.toJson(c));
      boolean same = DataContracts.read(yaml).equals(c) && DataContracts.read(json).equals(c);
      out.println();
      out.println(
          "Wrote "
              + yaml.toAbsolutePath()
              + " and "
              + json.getFileName()
              + (same ? " (both read back equal)." : " (READ BACK DIFFERENT)."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void heading(String text) {
    out.println();
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  private void row(String label, String value) {
    out.printf("%-10s %s%n", label, value);
  }

  private static String bundled() {
    try (InputStream in = MeshDemo.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
