package dev.meshsdk.testkit.internal;

import dev.meshsdk.testkit.TestMesh;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link dev.meshsdk.testkit.junit.MeshTest}: resolves {@link TestMesh}
 * parameters with one test mesh per extension context (one per test method; one per class for
 * constructor and {@code @BeforeAll} parameters), kept in the context's store under this
 * extension's namespace and closed when the context ends.
 */
public final class MeshTestExtension
    implements ParameterResolver, AfterEachCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MeshTestExtension.class);
  private static final String KEY = "test-mesh";

  /** Created by JUnit. */
  public MeshTestExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestMesh.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    TestMesh mesh = store.get(KEY, TestMesh.class);
    if (mesh == null) {
      mesh = TestMesh.create();
      store.put(KEY, mesh);
    }
    return mesh;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close(context);
  }

  private static void close(ExtensionContext context) {
    TestMesh mesh = context.getStore(NAMESPACE).remove(KEY, TestMesh.class);
    if (mesh != null) {
      mesh.close();
    }
  }
}
