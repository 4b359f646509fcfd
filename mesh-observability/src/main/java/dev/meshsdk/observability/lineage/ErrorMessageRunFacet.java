package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code errorMessage} run facet (ErrorMessageRunFacet 1-0-1), for a run that failed. The
 * message must not hold classified record values; meshsdk's own exception messages never do.
 *
 * @param message what went wrong
 * @param programmingLanguage the language of the failing code, {@code JAVA}
 * @param stackTrace the stack trace, when wanted
 */
public record ErrorMessageRunFacet(
    String message, String programmingLanguage, Optional<String> stackTrace) implements RunFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-1", "ErrorMessageRunFacet");

  /**
   * Checks the components.
   *
   * @param message what went wrong, not blank
   * @param programmingLanguage the language, not blank
   * @param stackTrace the stack trace
   */
  public ErrorMessageRunFacet {
    Checks.notBlank(message, "message");
    Checks.notBlank(programmingLanguage, "programmingLanguage");
    Objects.requireNonNull(stackTrace, "stackTrace");
  }

  /**
   * A Java error message without stack trace.
   *
   * @param message what went wrong
   * @return the facet
   */
  public static ErrorMessageRunFacet java(String message) {
    return new ErrorMessageRunFacet(message, "JAVA", Optional.empty());
  }

  @Override
  public String key() {
    return "errorMessage";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
