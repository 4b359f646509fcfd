package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.Change;
import dev.meshsdk.contracts.ChangeSeverity;
import dev.meshsdk.contracts.ContractDiff;
import dev.meshsdk.contracts.internal.tree.JsonWriting;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/** Writes a {@link ContractDiff} as Markdown and as JSON. */
public final class ChangelogWriter {
  private ChangelogWriter() {}

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The Markdown changelog.
   *
   * @param diff the diff
   * @return the Markdown
   */
  public static String markdown(ContractDiff diff) {
    StringBuilder md = new StringBuilder();
    md.append("## Contract `")
        .append(code(diff.contractId()))
        .append("`: `")
        .append(code(diff.olderVersion()))
        .append("` → `")
        .append(code(diff.newerVersion()))
        .append("`\n\n");
    int breaking = diff.changes(ChangeSeverity.BREAKING).size();
    int warning = diff.changes(ChangeSeverity.WARNING).size();
    int info = diff.changes(ChangeSeverity.INFO).size();
    String perspective = lower(diff.options().perspective());
    if (diff.changes().isEmpty()) {
      md.append("No changes.\n");
      return md.toString();
    }
    md.append(breaking > 0 ? "**Breaking:** " : "**Not breaking:** ")
        .append(breaking)
        .append(" breaking, ")
        .append(warning)
        .append(warning == 1 ? " warning, " : " warnings, ")
        .append(info)
        .append(" info (")
        .append(perspective)
        .append(" perspective).\n");
    for (ChangeSeverity s : ChangeSeverity.values()) {
      List<Change> changes = diff.changes(s);
      if (changes.isEmpty()) {
        continue;
      }
      String title =
          switch (s) {
            case BREAKING -> "Breaking";
            case WARNING -> "Warnings";
            case INFO -> "Info";
          };
      md.append("\n### ").append(title).append(" (").append(changes.size()).append(")\n\n");
      md.append("| Where | Change | Rule |\n| --- | --- | --- |\n");
      for (Change c : changes) {
        String where = c.location().isEmpty() ? "(contract)" : c.location();
        md.append("| `")
            .append(code(where))
            .append("` | ")
            .append(cell(c.message()))
            .append(" | `")
            .append(c.rule())
            .append("` |\n");
      }
    }
    return md.toString();
  }

  private static String code(String s) {
    return cell(s).replace('`', '\'');
  }

  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  /**
   * The JSON changelog.
   *
   * @param diff the diff
   * @return the JSON
   */
  public static String json(ContractDiff diff) {
    return JsonWriting.pretty(g -> write(g, diff));
  }

  private static void write(JsonGenerator g, ContractDiff diff) {
    g.writeStartObject();
    g.writeStringProperty("contractId", diff.contractId());
    g.writeStringProperty("from", diff.olderVersion());
    g.writeStringProperty("to", diff.newerVersion());
    g.writeStringProperty("perspective", lower(diff.options().perspective()));
    g.writeBooleanProperty("breaking", diff.isBreaking());
    g.writeName("summary");
    g.writeStartObject();
    for (ChangeSeverity s : ChangeSeverity.values()) {
      g.writeNumberProperty(lower(s), diff.changes(s).size());
    }
    g.writeEndObject();
    g.writeName("changes");
    g.writeStartArray();
    for (ChangeSeverity s : ChangeSeverity.values()) {
      for (Change c : diff.changes(s)) {
        g.writeStartObject();
        g.writeStringProperty("severity", lower(c.severity()));
        g.writeStringProperty("kind", lower(c.kind()));
        g.writeStringProperty("rule", c.rule());
        g.writeStringProperty("path", c.path());
        g.writeStringProperty("field", c.field());
        g.writeStringProperty("location", c.location());
        g.writeStringProperty("message", c.message());
        if (c.before().isPresent()) {
          g.writeName("before");
          JsonWriting.write(g, c.before().get());
        }
        if (c.after().isPresent()) {
          g.writeName("after");
          JsonWriting.write(g, c.after().get());
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
