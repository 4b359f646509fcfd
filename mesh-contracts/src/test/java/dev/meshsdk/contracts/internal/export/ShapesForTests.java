package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.SchemaProperty;
import java.util.List;
import java.util.Optional;

/** Test access to {@link Shapes}: the generator sees properties as the exporters do. */
public final class ShapesForTests {
  private ShapesForTests() {}

  /**
   * The effective logical type.
   *
   * @param p the property
   * @return the type
   */
  public static Optional<LogicalType> type(SchemaProperty p) {
    return Shapes.type(p);
  }

  /**
   * The allowed values of a string.
   *
   * @param p the property
   * @return the values
   */
  public static Optional<List<String>> allowedValues(SchemaProperty p) {
    return Shapes.allowedValues(p);
  }
}
