package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.meshsdk.contracts.internal.tree.Nodes;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the official ODCS examples (delete, duplicate, retype and truncate nodes, truncate text)
 * and asserts that every outcome is a contract or a {@link MeshException}, never anything else; and
 * that whatever reads also checks, writes and reads back equal.
 */
class DataContractsMutationPropertyTest {
  private static final long SEED = 0x5EED_2026_1125L;
  private static final int CASES = 5_000;

  @Test
  void everyMutationOfAnOfficialExampleIsAContractOrAMeshException() {
    List<Path> files = new ArrayList<>(SharedStandards.yamlFiles("odcs/examples"));
    files.addAll(SharedStandards.yamlFiles("odcs/dev-v3.2.0-draft/examples"));
    SharedStandards.require();
    List<String> texts = files.stream().map(DataContractsMutationPropertyTest::text).toList();
    List<JsonValue> trees =
        texts.stream().map(t -> Nodes.toJsonValue(TreeReader.read(t, "example"))).toList();

    qt().withExamples(CASES)
        .withFixedSeed(SEED)
        .forAll(integers().between(0, files.size() - 1), longs().all())
        .checkAssert(
            (index, seed) -> {
              Random random = new Random(seed);
              String mutated =
                  random.nextInt(8) == 0
                      ? truncateText(texts.get(index), random)
                      : TreeWriter.toYaml(mutate(trees.get(index), random));
              assertOutcomeIsAContractOrAMeshException(mutated, files.get(index) + " seed " + seed);
            });
  }

  private static void assertOutcomeIsAContractOrAMeshException(String text, String what) {
    DataContract contract;
    try {
      contract = DataContracts.parse(text, "mutated.yaml");
    } catch (MeshException expected) {
      assertThat(expected.getMessage()).as(what).startsWith("mutated.yaml");
      return;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": leaked " + e + "\n" + text, e);
    }
    List<ContractProblem> problems = DataContracts.check(contract);
    assertThat(problems).as(what).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    assertThat(DataContracts.parse(DataContracts.toYaml(contract))).as(what).isEqualTo(contract);
  }

  private static String truncateText(String text, Random random) {
    return text.substring(0, random.nextInt(text.length() + 1));
  }

  /** Applies one to three structural mutations at random places. */
  static JsonValue mutate(JsonValue tree, Random random) {
    JsonValue out = tree;
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out = mutateAt(out, random, 0);
    }
    return out;
  }

  private static JsonValue mutateAt(JsonValue node, Random random, int depth) {
    boolean descend = random.nextInt(3) != 0 && depth < 12;
    if (node instanceof JsonValue.Obj o && !o.members().isEmpty()) {
      List<String> keys = new ArrayList<>(o.members().keySet());
      String key = keys.get(random.nextInt(keys.size()));
      Map<String, JsonValue> members = new LinkedHashMap<>(o.members());
      if (descend) {
        members.put(key, mutateAt(members.get(key), random, depth + 1));
      } else {
        switch (random.nextInt(4)) {
          case 0 -> members.remove(key);
          case 1 -> members.put(key + "_copy", members.get(key));
          case 2 -> members.put(key, retype(members.get(key), random));
          default -> members.put(keys.get(random.nextInt(keys.size())), members.get(key));
        }
      }
      return new JsonValue.Obj(members);
    }
    if (node instanceof JsonValue.Arr a && !a.values().isEmpty()) {
      List<JsonValue> values = new ArrayList<>(a.values());
      int i = random.nextInt(values.size());
      if (descend) {
        values.set(i, mutateAt(values.get(i), random, depth + 1));
      } else {
        switch (random.nextInt(4)) {
          case 0 -> values.remove(i);
          case 1 -> values.add(values.get(i));
          case 2 -> values.set(i, retype(values.get(i), random));
          default -> values.subList(i, values.size()).clear();
        }
      }
      return new JsonValue.Arr(values);
    }
    return retype(node, random);
  }

  private static JsonValue retype(JsonValue value, Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> new JsonValue.Str(random.nextBoolean() ? "" : "x" + random.nextInt(100));
      case 1 ->
          new JsonValue.Num(BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3)));
      case 2 -> new JsonValue.Bool(random.nextBoolean());
      case 3 -> JsonValue.Null.INSTANCE;
      case 4 -> new JsonValue.Arr(List.of(value));
      case 5 -> new JsonValue.Obj(Map.of("name", value));
      default ->
          value instanceof JsonValue.Obj ? new JsonValue.Arr(List.of()) : JsonValue.Obj.EMPTY;
    };
  }

  private static String text(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
