package dev.meshsdk.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publish-time validation of one 10-field order with 3 line items: meshsdk's compiled validators
 * against Hibernate Validator, networknt's JSON Schema validator and hand-written code (the floor).
 * Every method validates the same order; the {@code ...Invalid} methods validate an order with
 * exactly three violations. {@link #setUp()} proves that all implementations agree on both orders
 * before anything is timed, so none gets faster by skipping a check.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -prof gc}. Results
 * and the targets they are held against: {@code benchmarks/RESULTS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Hibernate Validator needs about 10 s of warm-up to converge (shared/notes/perf-anchors.md).
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidationBenchmark {
  private static final String CONTRACT = "orders-benchmark.odcs.yaml";
  private static final String JSON_SCHEMA = "orders-benchmark.schema.json";
  private static final String SCHEMA_OBJECT = "orders";

  private RecordValidator<Order> meshTyped;
  private RecordValidator<Map<String, ?>> meshMap;
  private ValidatorFactory hibernateFactory;
  private Validator hibernate;
  private Schema networknt;

  private Order validOrder;
  private Order invalidOrder;
  private Map<String, Object> validMap;
  private Map<String, Object> invalidMap;
  private JsonNode validNode;
  private JsonNode invalidNode;

  /** Builds every validator and checks that all agree on the valid and the invalid order. */
  @Setup(Level.Trial)
  public void setUp() {
    DataContract contract = DataContracts.parse(resource(CONTRACT), CONTRACT);
    meshTyped = RecordValidator.of(contract, SCHEMA_OBJECT, Order.class);
    meshMap = RecordValidator.of(contract, SCHEMA_OBJECT);

    hibernateFactory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    hibernate = hibernateFactory.getValidator();

    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    networknt =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config))
            .getSchema(resource(JSON_SCHEMA), InputFormat.JSON);

    validOrder = Orders.valid();
    invalidOrder = Orders.invalid();
    validMap = Orders.validMap();
    invalidMap = Orders.invalidMap();
    JsonMapper mapper = JsonMapper.builder().build();
    validNode = mapper.valueToTree(validMap);
    invalidNode = mapper.valueToTree(invalidMap);

    Agreement.check(
        "meshTyped",
        paths(meshTyped.validate(validOrder)),
        paths(meshTyped.validate(invalidOrder)));
    Agreement.check(
        "meshMap", paths(meshMap.validate(validMap)), paths(meshMap.validate(invalidMap)));
    Agreement.check(
        "hibernateValidator",
        hibernatePaths(hibernate.validate(validOrder)),
        hibernatePaths(hibernate.validate(invalidOrder)));
    Agreement.check(
        "networknt",
        networkntPaths(networknt.validate(validNode)),
        networkntPaths(networknt.validate(invalidNode)));
    Agreement.check(
        "handWritten",
        violationPaths(HandWrittenOrderValidator.validate(validOrder)),
        violationPaths(HandWrittenOrderValidator.validate(invalidOrder)));
    Agreement.check(
        "handWrittenMap",
        violationPaths(HandWrittenOrderValidator.validate(validMap)),
        violationPaths(HandWrittenOrderValidator.validate(invalidMap)));
  }

  /** Closes Hibernate Validator's factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    hibernateFactory.close();
  }

  // ---------------------------------------------------------------------------------------------
  // The valid order

  /**
   * meshsdk's typed validator on the {@link Order} record (contract and Bean Validation).
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult meshTyped() {
    return meshTyped.validate(validOrder);
  }

  /**
   * meshsdk's map validator on the equivalent JSON-like map.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult meshMap() {
    return meshMap.validate(validMap);
  }

  /**
   * Hibernate Validator on the {@link Order} record.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Order>> hibernateValidator() {
    return hibernate.validate(validOrder);
  }

  /**
   * networknt on the equivalent, pre-built Jackson 3 tree, JSON Schema 2020-12 with format
   * assertions.
   *
   * @return the errors
   */
  @Benchmark
  public List<Error> networknt() {
    return networknt.validate(validNode);
  }

  /**
   * Hand-written checks on the {@link Order} record: the floor.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> handWritten() {
    return HandWrittenOrderValidator.validate(validOrder);
  }

  /**
   * Hand-written checks on the JSON-like map: the floor for {@link #meshMap()}.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> handWrittenMap() {
    return HandWrittenOrderValidator.validate(validMap);
  }

  // ---------------------------------------------------------------------------------------------
  // The invalid order: three violations

  /**
   * As {@link #meshTyped()}, on the invalid order.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult meshTypedInvalid() {
    return meshTyped.validate(invalidOrder);
  }

  /**
   * As {@link #meshMap()}, on the invalid order.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult meshMapInvalid() {
    return meshMap.validate(invalidMap);
  }

  /**
   * As {@link #hibernateValidator()}, on the invalid order.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Order>> hibernateValidatorInvalid() {
    return hibernate.validate(invalidOrder);
  }

  /**
   * As {@link #networknt()}, on the invalid order.
   *
   * @return the errors
   */
  @Benchmark
  public List<Error> networkntInvalid() {
    return networknt.validate(invalidNode);
  }

  /**
   * As {@link #handWritten()}, on the invalid order.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> handWrittenInvalid() {
    return HandWrittenOrderValidator.validate(invalidOrder);
  }

  /**
   * As {@link #handWrittenMap()}, on the invalid order.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> handWrittenMapInvalid() {
    return HandWrittenOrderValidator.validate(invalidMap);
  }

  // ---------------------------------------------------------------------------------------------
  // Setup helpers

  static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            ValidationBenchmark.class.getClassLoader().getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> paths(ValidationResult result) {
    return violationPaths(result.violations());
  }

  private static List<String> violationPaths(List<Violation> violations) {
    List<String> paths = new ArrayList<>();
    for (Violation v : violations) {
      paths.add(v.path() + " [" + v.rule() + "]");
    }
    return paths;
  }

  private static List<String> hibernatePaths(Set<ConstraintViolation<Order>> violations) {
    List<String> paths = new ArrayList<>();
    for (ConstraintViolation<Order> v : violations) {
      paths.add(
          v.getPropertyPath()
              + " ["
              + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
              + "]");
    }
    return paths;
  }

  private static List<String> networkntPaths(List<Error> errors) {
    List<String> paths = new ArrayList<>();
    for (Error e : errors) {
      paths.add(
          Agreement.normalise(e.getInstanceLocation().toString()) + " [" + e.getKeyword() + "]");
    }
    return paths;
  }
}
