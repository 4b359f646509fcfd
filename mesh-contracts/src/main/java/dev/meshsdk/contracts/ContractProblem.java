package dev.meshsdk.contracts;

import java.util.Objects;

/**
 * One way in which a contract breaks the ODCS standard, found by {@link DataContracts#check}.
 *
 * @param path where: {@code schema[0].properties[2].logicalTypeOptions.maxLength}, or empty for the
 *     contract as a whole
 * @param rule a stable identifier of the rule broken, such as {@code required}, {@code enum},
 *     {@code type}, {@code unknown-field}, {@code primary-key-position-unique}
 * @param message a sentence saying what is wrong and what is expected
 */
public record ContractProblem(String path, String rule, String message) {
  /**
   * Checks and copies the components.
   *
   * @param path where: {@code schema[0].properties[2].logicalTypeOptions.maxLength}, or empty for
   *     the contract as a whole
   * @param rule a stable identifier of the rule broken, such as {@code required}, {@code enum},
   *     {@code type}, {@code unknown-field}, {@code primary-key-position-unique}
   * @param message a sentence saying what is wrong and what is expected
   */
  public ContractProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(contract)" : path) + ": " + message + " [" + rule + "]";
  }
}
