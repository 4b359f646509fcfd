package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Guidance for AI agents, LLMs, BI tools and semantic layers on how to use the data (ODCS v3.2
 * draft {@code context}, RFC-0038). The same block is allowed on schema objects.
 *
 * <p>The standard also allows a plain string, short for {@code instructions} alone; {@link
 * #shorthand()} records that form so that it is written back as it came. A context in the shorthand
 * form has instructions and nothing else.
 *
 * @param instructions natural language guidance, like a system prompt scoped to the contract
 * @param verifiedStatements canonical questions and verified answers
 * @param constraints what AI agents must not do
 * @param shorthand whether the context is written as a plain string (the instructions)
 * @param extensions fields the standard does not define, kept as read
 */
public record ContractContext(
    Optional<String> instructions,
    List<VerifiedStatement> verifiedStatements,
    List<Constraint> constraints,
    boolean shorthand,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param instructions natural language guidance, like a system prompt scoped to the contract
   * @param verifiedStatements canonical questions and verified answers
   * @param constraints what AI agents must not do
   * @param shorthand whether the context is written as a plain string (the instructions)
   * @param extensions fields the standard does not define, kept as read
   */
  public ContractContext {
    Objects.requireNonNull(instructions, "instructions");
    verifiedStatements = List.copyOf(verifiedStatements);
    constraints = List.copyOf(constraints);
    extensions = Values.orderedCopy(extensions, "extensions");
    if (shorthand
        && (instructions.isEmpty()
            || !verifiedStatements.isEmpty()
            || !constraints.isEmpty()
            || !extensions.isEmpty())) {
      throw new IllegalArgumentException(
          "ContractContext: the shorthand (string) form holds instructions and nothing else, got"
              + " instructions "
              + (instructions.isPresent() ? "set" : "missing")
              + ", "
              + verifiedStatements.size()
              + " verified statement(s), "
              + constraints.size()
              + " constraint(s) and "
              + extensions.size()
              + " extension(s)");
    }
  }

  /**
   * A context in the shorthand form: a plain string of instructions.
   *
   * @param instructions the instructions
   * @return the context
   */
  public static ContractContext of(String instructions) {
    return builder().instructions(instructions).shorthand(true).build();
  }

  /**
   * A canonical question, with a verified answer or without one (a sample question) (ODCS v3.2
   * draft {@code context.verifiedStatements[]}).
   *
   * @param question the canonical question (required)
   * @param answer the expected answer or a description of the result
   * @param id a stable identifier
   * @param authoritativeDefinitions links to authoritative definitions
   * @param tags tags
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public record VerifiedStatement(
      String question,
      Optional<String> answer,
      Optional<String> id,
      List<AuthoritativeDefinition> authoritativeDefinitions,
      List<String> tags,
      List<CustomProperty> customProperties,
      Map<String, JsonValue> extensions) {

    /**
     * Checks the components and copies the collections.
     *
     * @param question the canonical question (required)
     * @param answer the expected answer or a description of the result
     * @param id a stable identifier
     * @param authoritativeDefinitions links to authoritative definitions
     * @param tags tags
     * @param customProperties custom properties
     * @param extensions fields the standard does not define, kept as read
     */
    public VerifiedStatement {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(id, "id");
      authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
      tags = List.copyOf(tags);
      customProperties = List.copyOf(customProperties);
      extensions = Values.orderedCopy(extensions, "extensions");
    }

    /**
     * A question without an answer.
     *
     * @param question the question
     * @return the statement
     */
    public static VerifiedStatement of(String question) {
      return builder().question(question).build();
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * A builder holding this value's fields.
     *
     * @return the builder
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.question = question;
      b.answer = answer;
      b.id = id;
      b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
      b.tags = new ArrayList<>(tags);
      b.customProperties = new ArrayList<>(customProperties);
      b.extensions = extensions;
      return b;
    }

    /** Builds a {@link VerifiedStatement}. */
    public static final class Builder {
      private @Nullable String question;
      private Optional<String> answer = Optional.empty();
      private Optional<String> id = Optional.empty();
      private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
      private List<String> tags = new ArrayList<>();
      private List<CustomProperty> customProperties = new ArrayList<>();
      private Map<String, JsonValue> extensions = Map.of();

      private Builder() {}

      /**
       * Sets the canonical question (required).
       *
       * @param question the value
       * @return this
       */
      public Builder question(String question) {
        this.question = Objects.requireNonNull(question, "question");
        return this;
      }

      /**
       * Sets the expected answer or a description of the result.
       *
       * @param answer the value
       * @return this
       */
      public Builder answer(String answer) {
        return answer(Optional.of(answer));
      }

      /**
       * Sets or clears the expected answer or a description of the result.
       *
       * @param answer the value, or empty
       * @return this
       */
      public Builder answer(Optional<String> answer) {
        this.answer = Objects.requireNonNull(answer, "answer");
        return this;
      }

      /**
       * Sets a stable identifier.
       *
       * @param id the value
       * @return this
       */
      public Builder id(String id) {
        return id(Optional.of(id));
      }

      /**
       * Sets or clears a stable identifier.
       *
       * @param id the value, or empty
       * @return this
       */
      public Builder id(Optional<String> id) {
        this.id = Objects.requireNonNull(id, "id");
        return this;
      }

      /**
       * Replaces links to authoritative definitions.
       *
       * @param authoritativeDefinitions the values
       * @return this
       */
      public Builder authoritativeDefinitions(
          List<AuthoritativeDefinition> authoritativeDefinitions) {
        this.authoritativeDefinitions = new ArrayList<>(List.copyOf(authoritativeDefinitions));
        return this;
      }

      /**
       * Adds a link to an authoritative definition.
       *
       * @param value the value to add
       * @return this
       */
      public Builder authoritativeDefinition(AuthoritativeDefinition value) {
        this.authoritativeDefinitions.add(Objects.requireNonNull(value, "authoritativeDefinition"));
        return this;
      }

      /**
       * Replaces tags.
       *
       * @param tags the values
       * @return this
       */
      public Builder tags(List<String> tags) {
        this.tags = new ArrayList<>(List.copyOf(tags));
        return this;
      }

      /**
       * Adds a tag.
       *
       * @param value the value to add
       * @return this
       */
      public Builder tag(String value) {
        this.tags.add(Objects.requireNonNull(value, "tag"));
        return this;
      }

      /**
       * Replaces custom properties.
       *
       * @param customProperties the values
       * @return this
       */
      public Builder customProperties(List<CustomProperty> customProperties) {
        this.customProperties = new ArrayList<>(List.copyOf(customProperties));
        return this;
      }

      /**
       * Adds a custom property.
       *
       * @param value the value to add
       * @return this
       */
      public Builder customProperty(CustomProperty value) {
        this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
        return this;
      }

      /**
       * Sets fields the standard does not define, kept as read.
       *
       * @param extensions the fields
       * @return this
       */
      public Builder extensions(Map<String, JsonValue> extensions) {
        this.extensions = Values.orderedCopy(extensions, "extensions");
        return this;
      }

      /**
       * Builds the statement.
       *
       * @return the statement
       * @throws IllegalStateException if the question is missing
       */
      public VerifiedStatement build() {
        return new VerifiedStatement(
            Values.required(question, "VerifiedStatement.question"),
            answer,
            id,
            authoritativeDefinitions,
            tags,
            customProperties,
            extensions);
      }
    }
  }

  /**
   * Negative guidance: what AI agents must not do with the data (ODCS v3.2 draft {@code
   * context.constraints[]}).
   *
   * @param constraint the constraint text (required)
   * @param id a stable identifier
   * @param authoritativeDefinitions links to authoritative definitions
   * @param tags tags
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public record Constraint(
      String constraint,
      Optional<String> id,
      List<AuthoritativeDefinition> authoritativeDefinitions,
      List<String> tags,
      List<CustomProperty> customProperties,
      Map<String, JsonValue> extensions) {

    /**
     * Checks the components and copies the collections.
     *
     * @param constraint the constraint text (required)
     * @param id a stable identifier
     * @param authoritativeDefinitions links to authoritative definitions
     * @param tags tags
     * @param customProperties custom properties
     * @param extensions fields the standard does not define, kept as read
     */
    public Constraint {
      Objects.requireNonNull(constraint, "constraint");
      Objects.requireNonNull(id, "id");
      authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
      tags = List.copyOf(tags);
      customProperties = List.copyOf(customProperties);
      extensions = Values.orderedCopy(extensions, "extensions");
    }

    /**
     * A constraint with only its text.
     *
     * @param constraint the text
     * @return the constraint
     */
    public static Constraint of(String constraint) {
      return builder().constraint(constraint).build();
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * A builder holding this value's fields.
     *
     * @return the builder
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.constraint = constraint;
      b.id = id;
      b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
      b.tags = new ArrayList<>(tags);
      b.customProperties = new ArrayList<>(customProperties);
      b.extensions = extensions;
      return b;
    }

    /** Builds a {@link Constraint}. */
    public static final class Builder {
      private @Nullable String constraint;
      private Optional<String> id = Optional.empty();
      private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
      private List<String> tags = new ArrayList<>();
      private List<CustomProperty> customProperties = new ArrayList<>();
      private Map<String, JsonValue> extensions = Map.of();

      private Builder() {}

      /**
       * Sets the constraint text (required).
       *
       * @param constraint the value
       * @return this
       */
      public Builder constraint(String constraint) {
        this.constraint = Objects.requireNonNull(constraint, "constraint");
        return this;
      }

      /**
       * Sets a stable identifier.
       *
       * @param id the value
       * @return this
       */
      public Builder id(String id) {
        return id(Optional.of(id));
      }

      /**
       * Sets or clears a stable identifier.
       *
       * @param id the value, or empty
       * @return this
       */
      public Builder id(Optional<String> id) {
        this.id = Objects.requireNonNull(id, "id");
        return this;
      }

      /**
       * Replaces links to authoritative definitions.
       *
       * @param authoritativeDefinitions the values
       * @return this
       */
      public Builder authoritativeDefinitions(
          List<AuthoritativeDefinition> authoritativeDefinitions) {
        this.authoritativeDefinitions = new ArrayList<>(List.copyOf(authoritativeDefinitions));
        return this;
      }

      /**
       * Adds a link to an authoritative definition.
       *
       * @param value the value to add
       * @return this
       */
      public Builder authoritativeDefinition(AuthoritativeDefinition value) {
        this.authoritativeDefinitions.add(Objects.requireNonNull(value, "authoritativeDefinition"));
        return this;
      }

      /**
       * Replaces tags.
       *
       * @param tags the values
       * @return this
       */
      public Builder tags(List<String> tags) {
        this.tags = new ArrayList<>(List.copyOf(tags));
        return this;
      }

      /**
       * Adds a tag.
       *
       * @param value the value to add
       * @return this
       */
      public Builder tag(String value) {
        this.tags.add(Objects.requireNonNull(value, "tag"));
        return this;
      }

      /**
       * Replaces custom properties.
       *
       * @param customProperties the values
       * @return this
       */
      public Builder customProperties(List<CustomProperty> customProperties) {
        this.customProperties = new ArrayList<>(List.copyOf(customProperties));
        return this;
      }

      /**
       * Adds a custom property.
       *
       * @param value the value to add
       * @return this
       */
      public Builder customProperty(CustomProperty value) {
        this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
        return this;
      }

      /**
       * Sets fields the standard does not define, kept as read.
       *
       * @param extensions the fields
       * @return this
       */
      public Builder extensions(Map<String, JsonValue> extensions) {
        this.extensions = Values.orderedCopy(extensions, "extensions");
        return this;
      }

      /**
       * Builds the constraint.
       *
       * @return the constraint
       * @throws IllegalStateException if the constraint text is missing
       */
      public Constraint build() {
        return new Constraint(
            Values.required(constraint, "Constraint.constraint"),
            id,
            authoritativeDefinitions,
            tags,
            customProperties,
            extensions);
      }
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.instructions = instructions;
    b.verifiedStatements = new ArrayList<>(verifiedStatements);
    b.constraints = new ArrayList<>(constraints);
    b.shorthand = shorthand;
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link ContractContext}. */
  public static final class Builder {
    private Optional<String> instructions = Optional.empty();
    private List<VerifiedStatement> verifiedStatements = new ArrayList<>();
    private List<Constraint> constraints = new ArrayList<>();
    private boolean shorthand;
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets natural language guidance, like a system prompt scoped to the contract.
     *
     * @param instructions the value
     * @return this
     */
    public Builder instructions(String instructions) {
      return instructions(Optional.of(instructions));
    }

    /**
     * Sets or clears natural language guidance, like a system prompt scoped to the contract.
     *
     * @param instructions the value, or empty
     * @return this
     */
    public Builder instructions(Optional<String> instructions) {
      this.instructions = Objects.requireNonNull(instructions, "instructions");
      return this;
    }

    /**
     * Replaces canonical questions and verified answers.
     *
     * @param verifiedStatements the values
     * @return this
     */
    public Builder verifiedStatements(List<VerifiedStatement> verifiedStatements) {
      this.verifiedStatements = new ArrayList<>(List.copyOf(verifiedStatements));
      return this;
    }

    /**
     * Adds a canonical question or verified answer.
     *
     * @param value the value to add
     * @return this
     */
    public Builder verifiedStatement(VerifiedStatement value) {
      this.verifiedStatements.add(Objects.requireNonNull(value, "verifiedStatement"));
      return this;
    }

    /**
     * Replaces what AI agents must not do.
     *
     * @param constraints the values
     * @return this
     */
    public Builder constraints(List<Constraint> constraints) {
      this.constraints = new ArrayList<>(List.copyOf(constraints));
      return this;
    }

    /**
     * Adds something AI agents must not do.
     *
     * @param value the value to add
     * @return this
     */
    public Builder constraint(Constraint value) {
      this.constraints.add(Objects.requireNonNull(value, "constraint"));
      return this;
    }

    /**
     * Sets whether the context is written as a plain string (the instructions).
     *
     * @param shorthand the value
     * @return this
     */
    public Builder shorthand(boolean shorthand) {
      this.shorthand = shorthand;
      return this;
    }

    /**
     * Sets fields the standard does not define, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws IllegalArgumentException if the context is in the shorthand form but has no
     *     instructions or has other fields
     */
    public ContractContext build() {
      return new ContractContext(
          instructions, verifiedStatements, constraints, shorthand, extensions);
    }
  }
}
