package dev.meshsdk.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java code in the samples' README section is the code of compiled tests: every {@code ```java}
 * block after a {@code <!-- tag::name[] -->} line must equal the region between {@code //
 * tag::name[]} and {@code // end::name[]} in a test source (without its common indentation), in the
 * repository's {@code README.md}.
 */
class ReadmeSnippetsTest {
  private static final Pattern MARKDOWN =
      Pattern.compile("<!-- tag::([a-z-]+)\\[] -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVA =
      Pattern.compile(
          "\\n[ \\t]*// tag::([a-z-]+)\\[]\\n(.*?)\\n[ \\t]*// end::\\1\\[]", Pattern.DOTALL);

  static Path markdown() {
    return Path.of("../README.md");
  }

  static Map<String, String> javaRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = JAVA.matcher(Files.readString(f));
        while (m.find()) {
          regions.put(m.group(1), dedent(m.group(2)));
        }
      }
    }
    return regions;
  }

  static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(indent));
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void everyJavaSnippetOfTheReadmeIsTheCodeOfACompiledTest() throws IOException {
    Path md = markdown();
    Map<String, String> regions = javaRegions();
    Matcher m = MARKDOWN.matcher(Files.readString(md));
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String tag = m.group(1);
      seen.add(tag);
      assertThat(regions)
          .as("a // tag::%s[] region in samples/src/test/java", tag)
          .containsKey(tag);
      assertThat(m.group(2))
          .as("the ```java block after <!-- tag::%s[] --> in %s", tag, md)
          .isEqualTo(regions.get(tag));
    }
    assertThat(seen)
        .as("snippets in " + md)
        .containsExactlyInAnyOrder("domain", "consumer", "provider", "platform");
  }

  @Test
  void dedentKeepsRelativeIndentation() {
    assertThat(dedent("    a {\n      b;\n\n    }")).isEqualTo("a {\n  b;\n\n}\n");
  }
}
