package dev.meshsdk.testkit.junit;

import dev.meshsdk.testkit.internal.MeshTestExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class with a whole mesh in memory: every test method (and its {@code @BeforeEach} and
 * {@code @AfterEach} methods) can declare a {@link dev.meshsdk.testkit.TestMesh} parameter and gets
 * the same fresh one, closed after the test.
 *
 * <pre>{@code
 * @MeshTest
 * class OrdersTest {
 *   @Test
 *   void rejectsAnOrderWithoutId(TestMesh mesh) {
 *     mesh.register(Orders.PRODUCT);
 *     mesh.publisher(Orders.PRODUCT, "orders").publish(Map.of("amount", 3));
 *     assertThat(mesh.deadLetters(Orders.PRODUCT, "orders")).hasDeadLetter("required", "order_id");
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MeshTestExtension.class)
public @interface MeshTest {}
