package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard constraint meshsdk compiles itself, one broken at a time: the typed validator
 * reports exactly that one, at its property, with meshsdk's rule id, and Hibernate Validator (the
 * reference implementation) agrees that the record is invalid.
 */
class CompiledBeanConstraintsTest {
  /** A contract that declares the properties and says nothing else of them. */
  static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: constrained
          version: 1.0.0
          status: active
          schema:
            - name: constrained
              properties:
                - {name: id, logicalType: string}
                - {name: name, logicalType: string}
                - {name: code, logicalType: string}
                - {name: email, logicalType: string}
                - {name: tags, logicalType: array, items: {logicalType: string}}
                - {name: small, logicalType: integer}
                - {name: big, logicalType: integer}
                - {name: price, logicalType: number}
                - {name: up, logicalType: integer}
                - {name: upOrZero, logicalType: integer}
                - {name: down, logicalType: integer}
                - {name: downOrZero, logicalType: integer}
                - {name: born, logicalType: date}
                - {name: seen, logicalType: timestamp}
                - {name: due, logicalType: date}
                - {name: next, logicalType: timestamp}
          """);

  record Constrained(
      @NotNull String id,
      @NotBlank String name,
      @Size(min = 2, max = 4) @Pattern(regexp = "[A-Z]+") String code,
      @Email String email,
      @NotEmpty List<String> tags,
      @Min(1) int small,
      @Max(10) long big,
      @DecimalMin("0.01") @DecimalMax("99.99") BigDecimal price,
      @Positive int up,
      @PositiveOrZero int upOrZero,
      @Negative int down,
      @NegativeOrZero int downOrZero,
      @Past LocalDate born,
      @PastOrPresent Instant seen,
      @Future LocalDate due,
      @FutureOrPresent Instant next) {

    Constrained with(UnaryOperator<Object[]> change) {
      Object[] a = {
        id,
        name,
        code,
        email,
        tags,
        small,
        big,
        price,
        up,
        upOrZero,
        down,
        downOrZero,
        born,
        seen,
        due,
        next
      };
      Object[] b = change.apply(a);
      return new Constrained(
          (String) b[0],
          (String) b[1],
          (String) b[2],
          (String) b[3],
          castList(b[4]),
          (int) b[5],
          (long) b[6],
          (BigDecimal) b[7],
          (int) b[8],
          (int) b[9],
          (int) b[10],
          (int) b[11],
          (LocalDate) b[12],
          (Instant) b[13],
          (LocalDate) b[14],
          (Instant) b[15]);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
      return (List<String>) o;
    }
  }

  static final Constrained VALID =
      new Constrained(
          "c-1",
          "Ada",
          "ABC",
          "ada@example.com",
          List.of("x"),
          1,
          10L,
          new BigDecimal("5.00"),
          1,
          0,
          -1,
          0,
          LocalDate.of(1990, 1, 1),
          Instant.parse("2001-01-01T00:00:00Z"),
          LocalDate.of(2999, 1, 1),
          Instant.parse("2999-01-01T00:00:00Z"));

  static final RecordValidator<Constrained> OURS =
      RecordValidator.of(CONTRACT, "constrained", Constrained.class);

  static final Validator HIBERNATE =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private static Arguments broken(String path, String rule, int index, Object value) {
    return Arguments.of(path, rule, VALID.with(a -> set(a, index, value)));
  }

  private static Object[] set(Object[] a, int index, Object value) {
    Object[] b = a.clone();
    b[index] = value;
    return b;
  }

  static Stream<Arguments> oneBrokenConstraint() {
    return Stream.of(
        broken("id", "required", 0, null),
        broken("name", "notBlank", 1, "  "),
        broken("code", "minLength", 2, "A"),
        broken("code", "maxLength", 2, "ABCDE"),
        broken("code", "pattern", 2, "abc"),
        broken("email", "format", 3, "not-an-email"),
        broken("tags", "minItems", 4, List.of()),
        broken("small", "minimum", 5, 0),
        broken("big", "maximum", 6, 11L),
        broken("price", "minimum", 7, new BigDecimal("0.001")),
        broken("price", "maximum", 7, new BigDecimal("100")),
        broken("up", "exclusiveMinimum", 8, 0),
        broken("upOrZero", "minimum", 9, -1),
        broken("down", "exclusiveMaximum", 10, 0),
        broken("downOrZero", "maximum", 11, 1),
        broken("born", "past", 12, LocalDate.of(2999, 1, 1)),
        broken("seen", "pastOrPresent", 13, Instant.parse("2999-01-01T00:00:00Z")),
        broken("due", "future", 14, LocalDate.of(1990, 1, 1)),
        broken("next", "futureOrPresent", 15, Instant.parse("2001-01-01T00:00:00Z")));
  }

  @ParameterizedTest(name = "{1} at {0}")
  @MethodSource("oneBrokenConstraint")
  void eachCompiledConstraintIsReportedOnceWithItsRule(String path, String rule, Constrained c) {
    assertThat(HIBERNATE.validate(VALID)).isEmpty();
    assertThat(OURS.validate(VALID).isValid()).isTrue();

    assertThat(HIBERNATE.validate(c)).as("Hibernate Validator's verdict").hasSize(1);
    assertThat(OURS.isValid(c)).isFalse();
    assertThat(OURS.validate(c).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, rule));
  }
}
