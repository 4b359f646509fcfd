package dev.meshsdk.core.internal;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Semantic versions: recognising them and ordering version strings. Not API. */
public final class Versions {
  /** The official SemVer 2.0.0 grammar. */
  public static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  /**
   * Orders version strings: semantic versions by SemVer precedence (a leading {@code v} is ignored)
   * and above anything else; other strings by text. Consistent with equals on strings.
   */
  public static final Comparator<String> ORDER = Versions::compare;

  private Versions() {}

  /**
   * Whether a string is a semantic version (without a leading {@code v}).
   *
   * @param version the string
   * @return true if it matches SemVer 2.0.0
   */
  public static boolean isSemantic(String version) {
    return SEMVER.matcher(version).matches();
  }

  private static int compare(String a, String b) {
    Matcher ma = SEMVER.matcher(strip(a));
    Matcher mb = SEMVER.matcher(strip(b));
    boolean sa = ma.matches();
    boolean sb = mb.matches();
    if (sa && sb) {
      for (int i = 1; i <= 3; i++) {
        int c = new BigInteger(ma.group(i)).compareTo(new BigInteger(mb.group(i)));
        if (c != 0) {
          return c;
        }
      }
      int c = comparePre(ma.group(4), mb.group(4));
      return c != 0 ? c : a.compareTo(b);
    }
    if (sa != sb) {
      return sa ? 1 : -1;
    }
    return a.compareTo(b);
  }

  private static String strip(String v) {
    return v.startsWith("v") ? v.substring(1) : v;
  }

  private static int comparePre(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      boolean na = pa[i].matches("\\d+");
      boolean nb = pb[i].matches("\\d+");
      int c;
      if (na && nb) {
        c = new BigInteger(pa[i]).compareTo(new BigInteger(pb[i]));
      } else if (na != nb) {
        c = na ? -1 : 1;
      } else {
        c = pa[i].compareTo(pb[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }
}
