package dev.meshsdk.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that returns the provider's current {@link dev.meshsdk.contracts.DataContract}
 * for {@link VerifyConsumerExpectations}. Static or instance; its parameters are resolved by
 * JUnit's parameter resolvers. Exactly one per test class.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProviderContract {}
