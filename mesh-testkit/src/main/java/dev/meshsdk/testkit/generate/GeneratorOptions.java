package dev.meshsdk.testkit.generate;

/**
 * How a {@link RecordGenerator} draws values. Immutable; start from {@link #defaults()} or {@link
 * #builder()}.
 *
 * @param seed the seed: the same seed, contract and options give the same records
 * @param optionalPresence the probability that an optional property is present with a value
 * @param nullProbability the probability that an optional property that is not present is written
 *     as an explicit {@code null} rather than left out
 * @param edgeProbability the probability that a value is an edge value: a bound of a number or a
 *     date, the shortest or longest allowed string or array, an empty array where allowed
 * @param unicodeProbability the probability that a character of a free-text string is outside ASCII
 *     (letters from other scripts and characters outside the Basic Multilingual Plane)
 * @param maxArraySize the most items an array or entries a map gets beyond its {@code minItems}
 *     (edge values may reach a larger {@code maxItems})
 * @param maxStringLength the most characters a string gets beyond its {@code minLength} (edge
 *     values may reach a larger {@code maxLength})
 */
public record GeneratorOptions(
    long seed,
    double optionalPresence,
    double nullProbability,
    double edgeProbability,
    double unicodeProbability,
    int maxArraySize,
    int maxStringLength) {

  private static final GeneratorOptions DEFAULTS = builder().build();

  /**
   * Checks the components.
   *
   * @param seed the seed
   * @param optionalPresence the probability that an optional property is present, 0 to 1
   * @param nullProbability the probability that an absent optional property is an explicit null, 0
   *     to 1
   * @param edgeProbability the probability of an edge value, 0 to 1
   * @param unicodeProbability the probability of a non-ASCII character in free text, 0 to 1
   * @param maxArraySize the most items beyond {@code minItems}, 0 or more
   * @param maxStringLength the most characters beyond {@code minLength}, 0 or more
   */
  public GeneratorOptions {
    probability("optionalPresence", optionalPresence);
    probability("nullProbability", nullProbability);
    probability("edgeProbability", edgeProbability);
    probability("unicodeProbability", unicodeProbability);
    if (maxArraySize < 0 || maxArraySize > 10_000) {
      throw new IllegalArgumentException(
          "GeneratorOptions.maxArraySize must be 0 to 10000 but was " + maxArraySize);
    }
    if (maxStringLength < 0 || maxStringLength > 100_000) {
      throw new IllegalArgumentException(
          "GeneratorOptions.maxStringLength must be 0 to 100000 but was " + maxStringLength);
    }
  }

  private static void probability(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(
          "GeneratorOptions." + name + " must be a probability from 0 to 1 but was " + value);
    }
  }

  /**
   * The defaults: seed 0, optional properties present 70% of the time and absent ones written as
   * null 30% of the time, 10% edge values, 10% non-ASCII characters in free text, up to 5 extra
   * array items and 24 extra string characters.
   *
   * @return the defaults
   */
  public static GeneratorOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another seed.
   *
   * @param seed the seed
   * @return the options
   */
  public GeneratorOptions withSeed(long seed) {
    return toBuilder().seed(seed).build();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .seed(seed)
        .optionalPresence(optionalPresence)
        .nullProbability(nullProbability)
        .edgeProbability(edgeProbability)
        .unicodeProbability(unicodeProbability)
        .maxArraySize(maxArraySize)
        .maxStringLength(maxStringLength);
  }

  /** Builds {@link GeneratorOptions}; {@link #build()} checks the values. */
  public static final class Builder {
    private long seed;
    private double optionalPresence = 0.7;
    private double nullProbability = 0.3;
    private double edgeProbability = 0.1;
    private double unicodeProbability = 0.1;
    private int maxArraySize = 5;
    private int maxStringLength = 24;

    private Builder() {}

    /**
     * Sets the seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the probability that an optional property is present.
     *
     * @param optionalPresence 0 to 1
     * @return this builder
     */
    public Builder optionalPresence(double optionalPresence) {
      this.optionalPresence = optionalPresence;
      return this;
    }

    /**
     * Sets the probability that an absent optional property is an explicit null.
     *
     * @param nullProbability 0 to 1
     * @return this builder
     */
    public Builder nullProbability(double nullProbability) {
      this.nullProbability = nullProbability;
      return this;
    }

    /**
     * Sets the probability of edge values.
     *
     * @param edgeProbability 0 to 1
     * @return this builder
     */
    public Builder edgeProbability(double edgeProbability) {
      this.edgeProbability = edgeProbability;
      return this;
    }

    /**
     * Sets the probability of non-ASCII characters in free text.
     *
     * @param unicodeProbability 0 to 1
     * @return this builder
     */
    public Builder unicodeProbability(double unicodeProbability) {
      this.unicodeProbability = unicodeProbability;
      return this;
    }

    /**
     * Sets the most array items (and map entries) beyond {@code minItems}.
     *
     * @param maxArraySize 0 or more
     * @return this builder
     */
    public Builder maxArraySize(int maxArraySize) {
      this.maxArraySize = maxArraySize;
      return this;
    }

    /**
     * Sets the most string characters beyond {@code minLength}.
     *
     * @param maxStringLength 0 or more
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException naming the option, the rule and the value when one is out of
     *     range
     */
    public GeneratorOptions build() {
      return new GeneratorOptions(
          seed,
          optionalPresence,
          nullProbability,
          edgeProbability,
          unicodeProbability,
          maxArraySize,
          maxStringLength);
    }
  }
}
