package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.testkit.generate.ContractRecords;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import dev.meshsdk.testkit.generate.RecordGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** The arguments provider behind {@link ContractRecords}. */
public final class ContractRecordsProvider
    implements ArgumentsProvider, AnnotationConsumer<ContractRecords> {
  private @Nullable ContractRecords annotation;

  /** Created by JUnit. */
  public ContractRecordsProvider() {}

  @Override
  public void accept(ContractRecords annotation) {
    this.annotation = annotation;
  }

  // The JUnit 5.10 signature: JUnit 5.13+ and 6.x still call it through their newer default method
  // (provideArguments(ParameterDeclarations, ExtensionContext)), which 5.10 does not have. The kit
  // supports both, so it overrides the one every supported version calls.
  @Override
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    ContractRecords a = Objects.requireNonNull(annotation, "@ContractRecords");
    if (a.count() < 0) {
      throw new MeshException("@ContractRecords count must be 0 or more but was " + a.count());
    }
    ClassLoader loader =
        context.getTestClass().map(Class::getClassLoader).orElse(getClass().getClassLoader());
    DataContract contract = load(a.contract(), loader);
    GeneratorOptions options = GeneratorOptions.defaults().withSeed(a.seed());
    if (!a.valid()) {
      return RecordGenerator.of(contract, a.object(), options).invalidRecords().stream()
          .limit(a.count())
          .map(r -> Arguments.of(r));
    }
    RecordGenerator<?> generator =
        a.type() == Map.class
            ? RecordGenerator.of(contract, a.object(), options)
            : RecordGenerator.of(contract, a.object(), a.type(), options);
    return generator.records().limit(a.count()).map(r -> Arguments.of(r));
  }

  private static DataContract load(String location, @Nullable ClassLoader loader) {
    String resource = location.startsWith("/") ? location.substring(1) : location;
    URL url = loader == null ? null : loader.getResource(resource);
    if (url != null) {
      try (InputStream in = url.openStream()) {
        return DataContracts.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read contract resource " + location, e);
      }
    }
    Path path = Path.of(location);
    if (!Files.isRegularFile(path)) {
      throw new MeshException(
          "@ContractRecords contract '"
              + location
              + "' is neither a classpath resource nor a file (looked in "
              + path.toAbsolutePath()
              + ")");
    }
    return DataContracts.read(path);
  }
}
