package dev.meshsdk.testkit.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record that breaks exactly one rule of its contract: {@code RecordValidator.validate(record)}
 * reports one violation, with this {@link #rule()} at this {@link #path()}.
 *
 * @param record the record (JSON-like; values may be null where the contract allows)
 * @param rule the rule id the validator reports, such as {@code required}, {@code pattern} or
 *     {@code maximum}
 * @param path the path of the broken value, as the validator reports it ({@code lines[0].sku})
 */
public record InvalidRecord(Map<String, @Nullable Object> record, String rule, String path) {

  /**
   * Checks the components and copies the record (shallowly, keeping its order and nulls).
   *
   * @param record the record
   * @param rule the rule id
   * @param path the path of the broken value
   */
  public InvalidRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("InvalidRecord.rule must not be blank");
    }
    record = Collections.unmodifiableMap(new LinkedHashMap<>(record));
  }

  /**
   * The rule and path, without the record's values (which may be classified).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "InvalidRecord[rule=" + rule + ", path=" + path + "]";
  }
}
