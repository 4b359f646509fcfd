package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ContractDiff}: a contract equals itself (also after a YAML round trip), a
 * tightening never breaks consumers, a loosening always does and names the loosened property.
 */
class ContractDiffPropertyTest {
  private static final int CASES = 300;

  @Test
  void everyOfficialExampleHasNoChangesAgainstItselfAndItsYamlRoundTrip() throws IOException {
    Path examples = SharedStandards.require().resolve("odcs").resolve("examples");
    List<Path> files;
    try (Stream<Path> s = Files.walk(examples)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).as("ODCS examples in %s", examples).isNotEmpty();
    for (Path file : files) {
      DataContract c = DataContracts.read(file);
      assertThat(ContractDiff.between(c, c).changes()).as(file.toString()).isEmpty();
      DataContract again = DataContracts.parse(DataContracts.toYaml(c));
      assertThat(ContractDiff.between(c, again).changes()).as("round trip of " + file).isEmpty();
      assertThat(ContractDiff.between(again, c).changes()).as("round trip of " + file).isEmpty();
    }
  }

  @Test
  void aRandomContractHasNoChangesAgainstItself() {
    qt().withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              DataContract c = Spec.random(new Random(seed)).contract();
              assertThat(ContractDiff.between(c, c).changes()).isEmpty();
              DataContract again = DataContracts.parse(DataContracts.toYaml(c));
              assertThat(ContractDiff.between(c, again).changes()).isEmpty();
            });
  }

  @Test
  void randomTighteningsNeverBreakConsumers() {
    qt().withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Spec spec = Spec.random(r);
              Spec tightened = spec.copy();
              String path = tightened.tighten(r);
              ContractDiff d = ContractDiff.between(spec.contract(), tightened.contract());
              assertThat(d.changes()).as("tightening %s (seed %s)", path, seed).isNotEmpty();
              assertThat(d.isBreaking())
                  .as("tightening %s (seed %s): %s", path, seed, d.changes())
                  .isFalse();
              ContractDiff producer =
                  ContractDiff.between(
                      spec.contract(),
                      tightened.contract(),
                      DiffOptions.builder().perspective(Perspective.PRODUCER).build());
              assertThat(producer.breakingChanges())
                  .as("tightening %s is breaking for producers (seed %s)", path, seed)
                  .anySatisfy(c -> assertThat(c.path()).isEqualTo(path));
            });
  }

  @Test
  void randomLooseningsBreakConsumersAtTheLoosenedProperty() {
    qt().withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Spec spec = Spec.random(r);
              Spec loosened = spec.copy();
              String path = loosened.loosen(r);
              ContractDiff d = ContractDiff.between(spec.contract(), loosened.contract());
              assertThat(d.isBreaking())
                  .as("loosening %s (seed %s): %s", path, seed, d.changes())
                  .isTrue();
              assertThat(d.breakingChanges())
                  .as("loosening %s (seed %s)", path, seed)
                  .anySatisfy(c -> assertThat(c.path()).isEqualTo(path));
            });
  }

  /** A small random contract, kept as a mutable description and rendered as ODCS YAML. */
  static final class Spec {
    final List<Prop> objects = new ArrayList<>();

    static Spec random(Random r) {
      Spec s = new Spec();
      int n = 1 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        Prop o = new Prop("object" + i, "object");
        int props = 1 + r.nextInt(4);
        for (int j = 0; j < props; j++) {
          o.children.add(Prop.random(r, "p" + j, 0));
        }
        s.objects.add(o);
      }
      return s;
    }

    Spec copy() {
      Spec s = new Spec();
      objects.forEach(o -> s.objects.add(o.copy()));
      return s;
    }

    DataContract contract() {
      StringBuilder y = new StringBuilder();
      y.append("apiVersion: v3.2.0\nkind: DataContract\nid: random\nversion: 1.0.0\n");
      y.append("status: active\nschema:\n");
      for (Prop o : objects) {
        y.append("  - name: ").append(o.name).append("\n    properties:\n");
        for (Prop p : o.children) {
          p.yaml(y, "      ");
        }
      }
      return DataContracts.parse(y.toString());
    }

    /** Every property with its diff path (array items transparent). */
    List<Object[]> properties() {
      List<Object[]> all = new ArrayList<>();
      for (Prop o : objects) {
        for (Prop p : o.children) {
          p.collect(o.name, all);
        }
      }
      return all;
    }

    String tighten(Random r) {
      List<Object[]> all = properties();
      while (true) {
        Object[] pick = all.get(r.nextInt(all.size()));
        if (((Prop) pick[1]).tighten(r)) {
          return (String) pick[0];
        }
      }
    }

    String loosen(Random r) {
      List<Object[]> all = properties();
      for (int attempt = 0; attempt < 20; attempt++) {
        Object[] pick = all.get(r.nextInt(all.size()));
        if (((Prop) pick[1]).loosen(r)) {
          return (String) pick[0];
        }
      }
      // Removing a property is always a loosening.
      Prop object = objects.get(r.nextInt(objects.size()));
      Prop removed = object.children.remove(r.nextInt(object.children.size()));
      return object.name + "." + removed.name;
    }
  }

  /** A property. */
  static final class Prop {
    final String name;
    String type;
    boolean required;
    boolean unique;
    @Nullable Integer minLength;
    @Nullable Integer maxLength;
    @Nullable String pattern;
    @Nullable Integer minimum;
    @Nullable Integer maximum;
    List<String> enumValues = new ArrayList<>();
    @Nullable Integer minItems;
    @Nullable Integer maxItems;
    boolean uniqueItems;
    @Nullable Integer nullsBelow;
    List<Prop> children = new ArrayList<>();

    Prop(String name, String type) {
      this.name = name;
      this.type = type;
    }

    static @Nullable Integer maybe(Random r, int bound) {
      return r.nextBoolean() ? r.nextInt(bound) : null;
    }

    static Prop random(Random r, String name, int depth) {
      String[] types =
          depth < 2
              ? new String[] {"string", "integer", "number", "array", "object"}
              : new String[] {"string", "integer", "number"};
      Prop p = new Prop(name, types[r.nextInt(types.length)]);
      p.required = r.nextBoolean();
      p.unique = r.nextInt(4) == 0;
      p.nullsBelow = r.nextInt(3) == 0 ? 1 + r.nextInt(10) : null;
      switch (p.type) {
        case "string" -> {
          p.minLength = maybe(r, 5);
          p.maxLength = r.nextBoolean() ? 5 + r.nextInt(50) : null;
          p.pattern = r.nextInt(3) == 0 ? "^[a-z]+$" : null;
          if (r.nextInt(3) == 0) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
              p.enumValues.add("v" + i);
            }
          }
        }
        case "integer", "number" -> {
          p.minimum = maybe(r, 10);
          p.maximum = r.nextBoolean() ? 10 + r.nextInt(1000) : null;
        }
        case "array" -> {
          p.minItems = maybe(r, 3);
          p.maxItems = r.nextBoolean() ? 3 + r.nextInt(20) : null;
          p.uniqueItems = r.nextBoolean();
          int n = 1 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            p.children.add(random(r, name + "_i" + i, depth + 1));
          }
        }
        default -> {
          int n = 1 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            p.children.add(random(r, name + "_c" + i, depth + 1));
          }
        }
      }
      return p;
    }

    Prop copy() {
      Prop p = new Prop(name, type);
      p.required = required;
      p.unique = unique;
      p.minLength = minLength;
      p.maxLength = maxLength;
      p.pattern = pattern;
      p.minimum = minimum;
      p.maximum = maximum;
      p.enumValues = new ArrayList<>(enumValues);
      p.minItems = minItems;
      p.maxItems = maxItems;
      p.uniqueItems = uniqueItems;
      p.nullsBelow = nullsBelow;
      children.forEach(c -> p.children.add(c.copy()));
      return p;
    }

    void collect(String parent, List<Object[]> all) {
      String path = parent + "." + name;
      all.add(new Object[] {path, this});
      for (Prop c : children) {
        c.collect(path, all);
      }
    }

    void yaml(StringBuilder y, String indent) {
      y.append(indent).append("- name: ").append(name).append('\n');
      body(y, indent + "  ");
    }

    private void body(StringBuilder y, String in) {
      y.append(in).append("logicalType: ").append(type).append('\n');
      if (required) {
        y.append(in).append("required: true\n");
      }
      if (unique) {
        y.append(in).append("unique: true\n");
      }
      List<String> options = new ArrayList<>();
      Consumer<String> add = options::add;
      if (minLength != null) {
        add.accept("minLength: " + minLength);
      }
      if (maxLength != null) {
        add.accept("maxLength: " + maxLength);
      }
      if (pattern != null) {
        add.accept("pattern: '" + pattern + "'");
      }
      if (minimum != null) {
        add.accept("minimum: " + minimum);
      }
      if (maximum != null) {
        add.accept("maximum: " + maximum);
      }
      if (minItems != null) {
        add.accept("minItems: " + minItems);
      }
      if (maxItems != null) {
        add.accept("maxItems: " + maxItems);
      }
      if (uniqueItems) {
        add.accept("uniqueItems: true");
      }
      if (!options.isEmpty()) {
        y.append(in).append("logicalTypeOptions:\n");
        for (String o : options) {
          y.append(in).append("  ").append(o).append('\n');
        }
      }
      if (!enumValues.isEmpty()) {
        y.append(in).append("enum:\n");
        for (String v : enumValues) {
          y.append(in).append("  - value: ").append(v).append('\n');
        }
      }
      if (nullsBelow != null) {
        y.append(in).append("quality:\n");
        y.append(in).append("  - metric: nullValues\n");
        y.append(in).append("    mustBeLessThan: ").append(nullsBelow).append('\n');
      }
      if (type.equals("array")) {
        y.append(in).append("items:\n");
        y.append(in).append("  logicalType: object\n");
        y.append(in).append("  properties:\n");
        for (Prop c : children) {
          c.yaml(y, in + "    ");
        }
      } else if (type.equals("object")) {
        y.append(in).append("properties:\n");
        for (Prop c : children) {
          c.yaml(y, in + "  ");
        }
      }
    }

    /** Applies one random tightening that fits; false if the chosen one does not fit. */
    boolean tighten(Random r) {
      switch (r.nextInt(6)) {
        case 0:
          if (!required) {
            required = true;
            return true;
          }
          return false;
        case 1:
          if (!unique) {
            unique = true;
            return true;
          }
          return false;
        case 2:
          if (nullsBelow == null) {
            nullsBelow = 5;
            return true;
          }
          if (nullsBelow > 1) {
            nullsBelow = nullsBelow - 1;
            return true;
          }
          return false;
        default:
          break;
      }
      switch (type) {
        case "string" -> {
          switch (r.nextInt(4)) {
            case 0 -> maxLength = maxLength == null ? 100 : maxLength - 1;
            case 1 -> minLength = minLength == null ? 1 : minLength + 1;
            case 2 -> {
              if (pattern != null) {
                return false;
              }
              pattern = "^[a-z]*$";
            }
            default -> {
              if (enumValues.size() == 1) {
                return false;
              }
              if (enumValues.isEmpty()) {
                enumValues.addAll(List.of("a", "b"));
              } else {
                enumValues.remove(r.nextInt(enumValues.size()));
              }
            }
          }
          return true;
        }
        case "integer", "number" -> {
          switch (r.nextInt(3)) {
            case 0 -> maximum = maximum == null ? 5000 : maximum - 1;
            case 1 -> minimum = minimum == null ? -5 : minimum + 1;
            default -> {
              if (type.equals("integer")) {
                return false;
              }
              type = "integer";
            }
          }
          return true;
        }
        case "array" -> {
          switch (r.nextInt(3)) {
            case 0 -> maxItems = maxItems == null ? 100 : maxItems - 1;
            case 1 -> minItems = minItems == null ? 1 : minItems + 1;
            default -> {
              if (uniqueItems) {
                return false;
              }
              uniqueItems = true;
            }
          }
          return true;
        }
        default -> {
          return false;
        }
      }
    }

    /** Applies one random loosening that fits; false if the chosen one does not fit. */
    boolean loosen(Random r) {
      switch (r.nextInt(6)) {
        case 0:
          if (required) {
            required = false;
            return true;
          }
          return false;
        case 1:
          if (unique) {
            unique = false;
            return true;
          }
          return false;
        case 2:
          if (nullsBelow != null) {
            nullsBelow = r.nextBoolean() ? nullsBelow + 1 + r.nextInt(5) : null;
            return true;
          }
          return false;
        default:
          break;
      }
      switch (type) {
        case "string" -> {
          switch (r.nextInt(4)) {
            case 0 -> {
              if (maxLength == null) {
                return false;
              }
              maxLength = r.nextBoolean() ? maxLength + 1 : null;
            }
            case 1 -> {
              if (minLength == null) {
                return false;
              }
              minLength = minLength > 0 && r.nextBoolean() ? minLength - 1 : null;
            }
            case 2 -> {
              if (pattern == null) {
                return false;
              }
              pattern = r.nextBoolean() ? null : "^[a-z0-9]+$";
            }
            default -> {
              if (enumValues.isEmpty()) {
                return false;
              }
              if (r.nextBoolean()) {
                enumValues.add("extra");
              } else {
                enumValues.clear();
              }
            }
          }
          return true;
        }
        case "integer", "number" -> {
          switch (r.nextInt(3)) {
            case 0 -> {
              if (maximum == null) {
                return false;
              }
              maximum = r.nextBoolean() ? maximum + 1 : null;
            }
            case 1 -> {
              if (minimum == null) {
                return false;
              }
              minimum = r.nextBoolean() ? minimum - 1 : null;
            }
            default -> {
              if (!type.equals("integer")) {
                return false;
              }
              type = "number";
            }
          }
          return true;
        }
        case "array" -> {
          switch (r.nextInt(3)) {
            case 0 -> {
              if (maxItems == null) {
                return false;
              }
              maxItems = r.nextBoolean() ? maxItems + 1 : null;
            }
            case 1 -> {
              if (minItems == null) {
                return false;
              }
              minItems = minItems > 0 && r.nextBoolean() ? minItems - 1 : null;
            }
            default -> {
              if (!uniqueItems) {
                return false;
              }
              uniqueItems = false;
            }
          }
          return true;
        }
        default -> {
          return false;
        }
      }
    }
  }
}
