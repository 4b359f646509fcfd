package dev.meshsdk.contracts.internal.validate;

import org.jspecify.annotations.Nullable;

/** An immutable path from the record's root, built only on the reporting (slow) path. */
final class Path {
  static final Path ROOT = new Path(null, null, -1);

  private final @Nullable Path parent;
  private final @Nullable String name;
  private final int index;

  private Path(@Nullable Path parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  Path child(String name) {
    return new Path(this, name, -1);
  }

  Path index(int i) {
    return new Path(this, null, i);
  }

  @Override
  public String toString() {
    if (this == ROOT) {
      return "";
    }
    if (parent == ROOT && name != null) {
      return name; // a top-level property: no builder
    }
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.append(sb);
    if (name != null) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(name);
    } else {
      sb.append('[').append(index).append(']');
    }
  }
}
