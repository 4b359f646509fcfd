package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading an imported document: typed access to its nodes, failing with the JSON path. */
final class In {
  private final String source;

  In(String source) {
    this.source = source;
  }

  ContractFormatException fail(Node at, String path, String problem) {
    return new ContractFormatException(
        source, at.location().line(), at.location().column(), path, problem);
  }

  static String child(String path, String key) {
    return Nodes.child(path, key);
  }

  Node.Mapping object(Node n, String path) {
    if (n instanceof Node.Mapping m) {
      return m;
    }
    throw fail(n, path, "must be an object but is " + n.typeName());
  }

  String string(Node n, String path) {
    if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Str str) {
      return str.value();
    }
    throw fail(n, path, "must be a string but is " + n.typeName());
  }

  boolean bool(Node n, String path) {
    if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Bool b) {
      return b.value();
    }
    throw fail(n, path, "must be a boolean but is " + n.typeName());
  }

  BigDecimal number(Node n, String path) {
    if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Num num) {
      return num.value();
    }
    throw fail(n, path, "must be a number but is " + n.typeName());
  }

  int count(Node n, String path) {
    BigDecimal d = number(n, path);
    try {
      int v = d.intValueExact();
      if (v >= 0) {
        return v;
      }
    } catch (ArithmeticException e) {
      // falls through to the failure below
    }
    throw fail(n, path, "must be a non-negative integer but is " + d);
  }

  List<Node> array(Node n, String path) {
    if (n instanceof Node.Sequence s) {
      return s.items();
    }
    throw fail(n, path, "must be an array but is " + n.typeName());
  }

  List<String> strings(Node n, String path) {
    List<String> out = new ArrayList<>();
    List<Node> items = array(n, path);
    for (int i = 0; i < items.size(); i++) {
      out.add(string(items.get(i), Nodes.index(path, i)));
    }
    return out;
  }

  Optional<String> optString(Node.Mapping m, String key, String path) {
    return m.get(key).map(n -> string(n, child(path, key)));
  }

  Optional<Boolean> optBool(Node.Mapping m, String key, String path) {
    return m.get(key).map(n -> bool(n, child(path, key)));
  }

  static JsonValue value(Node n) {
    return Nodes.toJsonValue(n);
  }

  ContractFormatException unsupported(Node at, String path, String construct) {
    return fail(at, path, "unsupported construct: " + construct);
  }
}
