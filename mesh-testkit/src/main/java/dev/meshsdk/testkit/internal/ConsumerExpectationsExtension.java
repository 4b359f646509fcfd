package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.ExpectationFailedException;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.PortAccess;
import dev.meshsdk.testkit.ProviderVerification;
import dev.meshsdk.testkit.junit.ProviderAccess;
import dev.meshsdk.testkit.junit.ProviderContract;
import dev.meshsdk.testkit.junit.ProviderSamples;
import dev.meshsdk.testkit.junit.VerifyConsumerExpectations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The extension behind {@link VerifyConsumerExpectations}: one invocation per consumer expectations
 * file of the provider; each verifies before the method body runs. The loaded expectations are kept
 * in the template's {@link ExtensionContext.Store} under this class's namespace; fixtures come from
 * the annotated methods, invoked with JUnit's parameter resolution. Public only because
 * {@code @ExtendWith} needs it; not API.
 */
public final class ConsumerExpectationsExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConsumerExpectationsExtension.class);
  private static final String LOADED = "expectations";

  /** Creates the extension; JUnit does. */
  public ConsumerExpectationsExtension() {}

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .filter(m -> AnnotationSupport.isAnnotated(m, VerifyConsumerExpectations.class))
        .isPresent();
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    VerifyConsumerExpectations config =
        AnnotationSupport.findAnnotation(
                context.getRequiredTestMethod(), VerifyConsumerExpectations.class)
            .orElseThrow();
    List<String> sources = Arrays.asList(config.from());
    List<Expectations> all =
        ExpectationSources.load(sources, context.getRequiredTestClass().getClassLoader());
    List<Expectations> mine =
        all.stream()
            .filter(e -> e.product().equals(config.provider()))
            .filter(e -> config.port().isEmpty() || e.port().equals(config.port()))
            .toList();
    if (mine.isEmpty()) {
      throw new ExpectationFailedException(
          "no consumer expectations for provider '"
              + config.provider()
              + "'"
              + (config.port().isEmpty() ? "" : " port '" + config.port() + "'")
              + " in "
              + sources
              + " ("
              + all.size()
              + " file(s) of other providers)");
    }
    context.getStore(NAMESPACE).put(LOADED, mine);
    return mine.stream().map(Invocation::new);
  }

  /** One consumer's expectations: a display name, a parameter and the verification. */
  private static final class Invocation
      implements TestTemplateInvocationContext, BeforeTestExecutionCallback, ParameterResolver {
    private final Expectations expectations;

    Invocation(Expectations expectations) {
      this.expectations = expectations;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return expectations.consumerId()
          + " ("
          + expectations.consumerDomain()
          + ", "
          + expectations.purpose()
          + ") reads "
          + expectations.product()
          + "/"
          + expectations.port();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(this);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Expectations.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return expectations;
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
      Class<?> type = context.getRequiredTestClass();
      Object instance = context.getTestInstance().orElse(null);
      List<Method> contracts = methods(type, ProviderContract.class);
      if (contracts.size() != 1) {
        throw new ExpectationFailedException(
            type.getName()
                + " needs exactly one method annotated @ProviderContract returning a DataContract,"
                + " found "
                + contracts.size());
      }
      DataContract contract =
          fixture(context, contracts.get(0), instance, DataContract.class, "@ProviderContract");
      List<Method> accessMethods = methods(type, ProviderAccess.class);
      if (accessMethods.size() > 1) {
        throw new ExpectationFailedException(
            type.getName()
                + " has "
                + accessMethods.size()
                + " @ProviderAccess methods; at most one");
      }
      PortAccess access =
          accessMethods.isEmpty()
              ? PortAccess.publicAccess()
              : fixture(
                  context, accessMethods.get(0), instance, PortAccess.class, "@ProviderAccess");
      Map<String, List<Map<String, ?>>> samples = new LinkedHashMap<>();
      for (Method m : methods(type, ProviderSamples.class)) {
        String state = m.getAnnotation(ProviderSamples.class).value();
        if (samples.containsKey(state)) {
          throw new ExpectationFailedException(
              type.getName() + " has two @ProviderSamples methods for state '" + state + "'");
        }
        samples.put(state, records(context, m, instance, state));
      }
      ProviderVerification.verify(expectations, contract, access, samples).orThrow();
    }

    private static List<Method> methods(
        Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
      return AnnotationSupport.findAnnotatedMethods(type, a, HierarchyTraversalMode.TOP_DOWN);
    }

    private static <T> T fixture(
        ExtensionContext context, Method m, Object instance, Class<T> type, String what) {
      Object value = invoke(context, m, instance);
      if (!type.isInstance(value)) {
        throw new ExpectationFailedException(
            what
                + " method "
                + m.getName()
                + " must return a "
                + type.getSimpleName()
                + ", returned "
                + (value == null ? "null" : value.getClass().getName()));
      }
      return type.cast(value);
    }

    private static List<Map<String, ?>> records(
        ExtensionContext context, Method m, Object instance, String state) {
      Object value = invoke(context, m, instance);
      List<Object> items = new ArrayList<>();
      if (value instanceof Collection<?> c) {
        items.addAll(c);
      } else if (value instanceof Stream<?> s) {
        try (s) {
          s.forEach(items::add);
        }
      } else {
        throw new ExpectationFailedException(
            "@ProviderSamples(\""
                + state
                + "\") method "
                + m.getName()
                + " must return a Collection or Stream of Map records, returned "
                + (value == null ? "null" : value.getClass().getName()));
      }
      List<Map<String, ?>> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof Map<?, ?> map)) {
          throw new ExpectationFailedException(
              "@ProviderSamples(\""
                  + state
                  + "\") method "
                  + m.getName()
                  + ": record #"
                  + (i + 1)
                  + " is not a Map");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        map.forEach((k, v) -> record.put(String.valueOf(k), v));
        out.add(record);
      }
      return out;
    }

    private static Object invoke(ExtensionContext context, Method m, Object instance) {
      Object target = Modifier.isStatic(m.getModifiers()) ? null : instance;
      return context.getExecutableInvoker().invoke(m, target);
    }
  }
}
