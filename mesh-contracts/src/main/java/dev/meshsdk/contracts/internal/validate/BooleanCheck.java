package dev.meshsdk.contracts.internal.validate;

/** A boolean property. */
final class BooleanCheck extends Check {
  BooleanCheck(boolean showValues) {
    super(showValues);
  }

  @Override
  boolean test(Object value) {
    return value instanceof Boolean;
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    if (!(value instanceof Boolean)) {
      sink.add(path, "type", "must be a boolean but was " + Show.typeName(value));
    }
  }
}
