package dev.meshsdk.samples.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.samples.customers.CustomerDirectory;
import dev.meshsdk.samples.customers.CustomersProduct;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.PortAccess;
import dev.meshsdk.testkit.junit.ProviderAccess;
import dev.meshsdk.testkit.junit.ProviderContract;
import dev.meshsdk.testkit.junit.ProviderSamples;
import dev.meshsdk.testkit.junit.VerifyConsumerExpectations;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The customers domain verifies what its consumers expect of the profiles port. */
class CustomersProviderTest {
  @ProviderContract
  DataContract contract() {
    return CustomersProduct.contract();
  }

  @ProviderSamples("known customers")
  List<Map<String, @Nullable Object>> knownCustomers() {
    return new CustomerDirectory(contract(), 3).profiles(10);
  }

  @ProviderAccess
  PortAccess access() {
    // The access the product declares, so the test checks what is really registered.
    return PortAccesses.of(
        CustomersProduct.declare().outputPort(CustomersProduct.PORT).orElseThrow());
  }

  @VerifyConsumerExpectations(
      from = "src/test/resources/expectations",
      provider = CustomersProduct.ID,
      port = CustomersProduct.PORT)
  void consumer(Expectations expectations) {
    assertThat(expectations.consumerDomain()).isEqualTo("recommendations");
  }
}
