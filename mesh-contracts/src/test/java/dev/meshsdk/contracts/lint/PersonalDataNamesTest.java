package dev.meshsdk.contracts.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.internal.lint.PersonalDataNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataNamesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "email",
        "customer_email",
        "customerEmail",
        "e-mail",
        "phone_number",
        "mobilePhone",
        "first_name",
        "firstName",
        "last-name",
        "lastname",
        "surname",
        "customer_name",
        "username",
        "userName",
        "address",
        "billing_address",
        "street",
        "zip",
        "zip_code",
        "ZIPCode",
        "postal_code",
        "postcode",
        "birth_date",
        "date_of_birth",
        "dateOfBirth",
        "dob",
        "SSN",
        "iban",
        "ip",
        "client_ip",
        "ipAddress",
        "ip_address",
        "ipv4"
      })
  void flagsPersonalDataNames(String name) {
    assertThat(PersonalDataNames.match(name)).as(name).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name",
        "product_name",
        "companyName",
        "order_id",
        "zipper_size",
        "ship_date",
        "tip_amount",
        "recipe",
        "addressee",
        "mailbox",
        "description",
        "HTTPStatus",
        "relationship"
      })
  void leavesOtherNamesAlone(String name) {
    assertThat(PersonalDataNames.match(name)).as(name).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTPStatus:http,status",
        "customerEmail2:customer,email,2",
        "zip-code:zip,code",
        "a.b c_d:a,b,c,d"
      })
  void splitsSnakeCamelAndKebabNamesIntoWords(String example) {
    String[] parts = example.split(":");
    assertThat(PersonalDataNames.words(parts[0])).containsExactly(parts[1].split(","));
  }
}
