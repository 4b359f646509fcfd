package dev.meshsdk.contracts.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegexSamplerTest {
  private static RegexSampler sampler(String pattern, int maxLength) {
    return RegexSampler.of(Regex.compile(pattern, Regex.Mode.SEARCH), maxLength).orElseThrow();
  }

  @Test
  void samplesStringsThePatternMatchesWithinTheLengths() {
    Regex regex = Regex.compile("^[A-Z]{3}-[0-9]{4,6}$", Regex.Mode.SEARCH);
    RegexSampler s = RegexSampler.of(regex, 20).orElseThrow();
    SplittableRandom random = new SplittableRandom(1);

    for (int i = 0; i < 200; i++) {
      String v = s.sample(random, 0, 20).orElseThrow();
      assertThat(regex.matches(v)).as(v).isTrue();
      assertThat(v).hasSizeBetween(8, 10);
    }
  }

  @Test
  void unanchoredPatternsMayCarryOtherTextAround() {
    Regex regex = Regex.compile("ACC[0-9]{2}", Regex.Mode.SEARCH);
    RegexSampler s = RegexSampler.of(regex, 12).orElseThrow();
    SplittableRandom random = new SplittableRandom(2);

    String v = s.sample(random, 12, 12).orElseThrow();

    assertThat(v).hasSize(12);
    assertThat(regex.matches(v)).isTrue();
  }

  @Test
  void saysSoWhenNoMatchHasTheLength() {
    RegexSampler s = sampler("^abc$", 10);

    assertThat(s.hasLength(3)).isTrue();
    assertThat(s.hasLength(4)).isFalse();
    assertThat(s.sample(new SplittableRandom(3), 4, 10)).isEmpty();
  }

  @Test
  void hasNoSamplerForPatternsOnTheFallback() {
    assertThat(RegexSampler.of(Regex.compile("^(?=a)a$", Regex.Mode.SEARCH), 5)).isEmpty();
  }
}
