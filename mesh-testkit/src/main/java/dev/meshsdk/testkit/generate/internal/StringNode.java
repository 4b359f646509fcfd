package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.contracts.internal.regex.Regex;
import dev.meshsdk.contracts.internal.regex.RegexSampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A string property: lengths in code points, an ECMA-262 pattern (sampled from its automaton, or by
 * rejection when only java.util.regex runs it), a format, and allowed values ({@code enum}, {@code
 * invalidValues} with {@code validValues}).
 */
final class StringNode extends Node {
  /** Tries of rejection sampling for a pattern that has no automaton. */
  static final int FALLBACK_TRIES = 20_000;

  private static final String POOL_BASE =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@ ";

  final int minLength;
  final int maxLength;
  final @Nullable Regex pattern;
  final @Nullable RegexSampler sampler;
  final @Nullable String format;
  final @Nullable Predicate<String> formatCheck;
  final @Nullable List<String> allowed;
  private final String pool;
  private @Nullable List<String> allowedValid;

  StringNode(
      String label,
      boolean show,
      int minLength,
      int maxLength,
      @Nullable Regex pattern,
      @Nullable String format,
      @Nullable Predicate<String> formatCheck,
      @Nullable Set<String> allowed,
      int maxStringLength) {
    super(label, show);
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern;
    int cap = minLength + Math.max(maxStringLength, 64);
    this.sampler =
        pattern == null
            ? null
            : RegexSampler.of(pattern, maxLength >= 0 ? Math.min(maxLength + 1, cap) : cap)
                .orElse(null);
    this.format = formatCheck == null ? null : format;
    this.formatCheck = formatCheck;
    this.allowed = allowed == null ? null : List.copyOf(allowed);
    StringBuilder p = new StringBuilder(POOL_BASE);
    if (pattern != null) {
      pattern.pattern().chars().filter(c -> c >= 0x20 && c < 0x7F).forEach(c -> p.append((char) c));
    }
    this.pool = p.toString();
  }

  boolean lengthOk(String s) {
    int n = Strings.codePoints(s);
    return n >= minLength && (maxLength < 0 || n <= maxLength);
  }

  boolean patternOk(String s) {
    return pattern == null || pattern.matches(s);
  }

  boolean formatOk(String s) {
    return formatCheck == null || formatCheck.test(s);
  }

  boolean allowedOk(String s) {
    return allowed == null || allowed.contains(s);
  }

  boolean ok(String s) {
    return lengthOk(s) && patternOk(s) && formatOk(s) && allowedOk(s);
  }

  @Override
  Object generate(Draw d, String path) {
    if (allowed != null) {
      List<String> valid = allowedValid;
      if (valid == null) {
        valid = allowed.stream().filter(this::ok).toList();
        allowedValid = valid;
      }
      if (valid.isEmpty()) {
        throw cannot(
            "none of the allowed values "
                + (show ? allowed.toString() : "(classified)")
                + " meets the property's length, pattern and format");
      }
      return d.pick(valid);
    }
    int lo = minLength;
    int hi =
        maxLength >= 0
            ? Math.min(maxLength, lo + d.options.maxStringLength())
            : lo + d.options.maxStringLength();
    boolean fallback = pattern != null && sampler == null;
    int tries = fallback ? FALLBACK_TRIES : 200;
    for (int i = 0; i < tries; i++) {
      int length;
      if (d.edge()) {
        length = d.chance(0.5) ? lo : maxLength >= 0 ? Math.min(maxLength, lo + 10_000) : hi;
      } else {
        length = d.between(lo, hi);
      }
      String s = candidate(d, length, lo, hi);
      if (s != null && ok(s)) {
        return s;
      }
    }
    if (fallback) {
      throw cannot(
          "the pattern "
              + pattern.pattern()
              + " runs on the java.util.regex fallback ("
              + pattern.fallbackReason().orElse("")
              + "), which has no automaton to sample, and none of "
              + FALLBACK_TRIES
              + " random candidates matched it; give the property an example-friendly pattern or"
              + " generate this property yourself");
    }
    throw cannot(
        "no string of "
            + lo
            + (maxLength >= 0 ? " to " + maxLength : " or more")
            + " characters"
            + (pattern != null ? " matching " + pattern.pattern() : "")
            + (format != null ? " in format " + format : "")
            + " came up in 200 tries");
  }

  /** A candidate near a length: from the pattern, the format, or free text. */
  private @Nullable String candidate(Draw d, int length, int lo, int hi) {
    if (sampler != null) {
      return sampler
          .sample(d.random, length, length)
          .or(() -> sampler.sample(d.random, lo, hi))
          .orElse(null);
    }
    if (pattern != null) {
      return Strings.fromPool(d, pool, length);
    }
    if (format != null) {
      return Strings.format(d, format, length);
    }
    return Strings.plain(d, length);
  }

  @Override
  List<String> rules() {
    List<String> r = new ArrayList<>(List.of("type"));
    if (minLength > 0) {
      r.add("minLength");
    }
    if (maxLength >= 0) {
      r.add("maxLength");
    }
    if (pattern != null) {
      r.add("pattern");
    }
    if (formatCheck != null) {
      r.add("format");
    }
    if (allowed != null) {
      r.add("validValues");
    }
    return r;
  }

  @Override
  List<Object> breaking(String rule, Draw d) {
    if (rule.equals("type")) {
      return List.of(42L, true);
    }
    int lo = minLength;
    int hi = maxLength >= 0 ? maxLength : lo + d.options.maxStringLength();
    if (rule.equals("minLength")) {
      lo = minLength - 1;
      hi = minLength - 1;
    } else if (rule.equals("maxLength")) {
      lo = maxLength + 1;
      hi = maxLength + 1;
    }
    Predicate<String> wanted =
        switch (rule) {
          case "minLength", "maxLength" ->
              s -> !lengthOk(s) && patternOk(s) && formatOk(s) && allowedOk(s);
          case "pattern" -> s -> lengthOk(s) && !patternOk(s) && formatOk(s) && allowedOk(s);
          case "format" -> s -> lengthOk(s) && patternOk(s) && !formatOk(s) && allowedOk(s);
          case "validValues" -> s -> lengthOk(s) && patternOk(s) && formatOk(s) && !allowedOk(s);
          default -> s -> false;
        };
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < 400 && out.size() < 3; i++) {
      int length = d.between(lo, Math.min(hi, lo + 64));
      String s =
          switch (i % 4) {
            case 0 ->
                sampler == null ? null : sampler.sample(d.random, length, length).orElse(null);
            case 1 -> format == null ? null : Strings.format(d, format, length);
            case 2 -> Strings.fromPool(d, pool, length);
            default -> Strings.plain(d, length);
          };
      if (s == null) {
        continue;
      }
      if (rule.equals("format") && i % 4 == 1 && length > 1) {
        s = s.substring(0, s.length() / 2) + " " + s.substring(s.length() / 2 + 1);
      }
      if (wanted.test(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
