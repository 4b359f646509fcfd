package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The shared place and message of the exceptions for documents that cannot be read. */
class DocumentFormatExceptionTest {
  /** The smallest subtype, to see the base class on its own. */
  private static final class Unreadable extends DocumentFormatException {
    private static final long serialVersionUID = 1L;

    Unreadable(int line, int column, String path, @Nullable Throwable cause) {
      super("orders.yaml", line, column, path, "required field 'name' is missing", cause);
    }
  }

  @Test
  void messageStartsWithSourceLineColumnAndPath() {
    DocumentFormatException e = new Unreadable(12, 7, "schema[0].name", null);

    assertThat(e)
        .hasMessage("orders.yaml:12:7: schema[0].name: required field 'name' is missing")
        .hasNoCause();
    assertThat(e.source()).isEqualTo("orders.yaml");
    assertThat(e.line()).contains(12);
    assertThat(e.column()).contains(7);
    assertThat(e.path()).isEqualTo("schema[0].name");
    assertThat(e.problem()).isEqualTo("required field 'name' is missing");
  }

  @Test
  void lineZeroMeansUnknownSoLineAndColumnAreLeftOut() {
    IOException io = new IOException("disk gone");
    DocumentFormatException e = new Unreadable(0, 7, "", io);

    assertThat(e).hasMessage("orders.yaml: required field 'name' is missing").hasCause(io);
    assertThat(e.line()).isEmpty();
    assertThat(e.column()).isEmpty();
    assertThat(e.path()).isEmpty();
  }

  @Test
  void contractFormatExceptionIsADocumentFormatExceptionWithTheSameMessage() {
    assertThatThrownBy(() -> DataContracts.parse("{\"id\": \"a\", \"id\": \"b\"}", "c.json"))
        .isInstanceOf(ContractFormatException.class)
        .isInstanceOf(DocumentFormatException.class)
        .hasMessage("c.json:1:13: id: duplicate key 'id' (first defined at line 1)");
  }
}
