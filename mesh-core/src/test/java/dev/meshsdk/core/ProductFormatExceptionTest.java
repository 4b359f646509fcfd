package dev.meshsdk.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DocumentFormatException;
import org.junit.jupiter.api.Test;

class ProductFormatExceptionTest {
  @Test
  void isADocumentFormatExceptionWithTheSameMessage() {
    assertThatThrownBy(
            () ->
                DataProducts.parseOdps(
                    "apiVersion: v1.0.0\nkind: DataContract\nid: x\nstatus: active\n"))
        .isInstanceOf(ProductFormatException.class)
        .isInstanceOf(DocumentFormatException.class)
        .hasMessage("<string>:2:7: kind: 'DataContract' is not 'DataProduct'");
  }
}
