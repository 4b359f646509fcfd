package dev.meshsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meshsdk.contracts.DocumentFormatException;
import org.junit.jupiter.api.Test;

class ExpectationsFormatExceptionTest {
  @Test
  void isADocumentFormatExceptionWithTheSameMessageAndNoLine() {
    ExpectationsFormatException e =
        catchThrowableOfType(
            ExpectationsFormatException.class,
            () ->
                Expectations.parse(
                    ExpectationsTest.VALID.replace("\"path\": \"status\"", "\"path\": \"amount\""),
                    "billing.json"));

    assertThat(e)
        .isInstanceOf(DocumentFormatException.class)
        .hasMessage("billing.json at $.fields[1].path: field 'amount' is declared twice");
    assertThat(e.path()).isEqualTo("$.fields[1].path").isEqualTo(e.jsonPath());
    assertThat(e.problem()).isEqualTo("field 'amount' is declared twice");
    assertThat(e.line()).isEmpty();
  }
}
