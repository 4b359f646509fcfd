package dev.meshsdk.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that returns the port's {@link dev.meshsdk.testkit.PortAccess} for {@link
 * VerifyConsumerExpectations}; at most one per test class. Without one, the port is public and no
 * purpose is allowed to read personal data ({@link dev.meshsdk.testkit.PortAccess#publicAccess()}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProviderAccess {}
