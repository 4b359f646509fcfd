package dev.meshsdk.contracts.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a property name looks like personal data. Names are split into words (snake_case,
 * camelCase, kebab-case, dots and spaces; {@code HTTPStatus} gives {@code http status}), and a name
 * matches when its words contain one of the terms below as consecutive words: {@code zip} matches
 * {@code zip_code} but not {@code zipper_size}; {@code ip} matches {@code client_ip} but not {@code
 * ship_date}.
 *
 * <p>A bare {@code name} is deliberately <em>not</em> personal data (product, team and company
 * names are far more common); it is when a person qualifies it: {@code first_name}, {@code
 * customerName}, {@code full-name}. {@code username} is: it identifies a person's account.
 */
public final class PersonalDataNames {
  private static final List<List<String>> TERMS =
      terms(
          "email",
          "e mail",
          "emailaddress",
          "phone",
          "phonenumber",
          "telephone",
          "mobile number",
          "mobile phone",
          "cell phone",
          "msisdn",
          "fax",
          "firstname",
          "lastname",
          "fullname",
          "surname",
          "forename",
          "givenname",
          "familyname",
          "middlename",
          "maidenname",
          "nickname",
          "username",
          "address",
          "street",
          "streetaddress",
          "zip",
          "zipcode",
          "postcode",
          "postalcode",
          "postal code",
          "post code",
          "birthdate",
          "birthday",
          "birth date",
          "birth day",
          "date of birth",
          "dob",
          "ssn",
          "social security",
          "national id",
          "passport",
          "iban",
          "credit card",
          "card number",
          "ip",
          "ipaddress",
          "ipv 4",
          "ipv 6");

  /** Words that make a following {@code name} a person's name. */
  private static final Set<String> PERSON_QUALIFIERS =
      Set.of(
          "first",
          "last",
          "full",
          "given",
          "family",
          "middle",
          "maiden",
          "nick",
          "user",
          "display",
          "legal",
          "customer",
          "person",
          "employee",
          "contact",
          "patient",
          "client",
          "member",
          "holder",
          "owner",
          "recipient",
          "sender",
          "buyer",
          "passenger",
          "student");

  private PersonalDataNames() {}

  private static List<List<String>> terms(String... terms) {
    List<List<String>> out = new ArrayList<>();
    for (String t : terms) {
      out.add(List.of(t.split(" ")));
    }
    return List.copyOf(out);
  }

  /**
   * The personal-data term a name matches.
   *
   * @param name the property name
   * @return the matched term (words joined by a space), or empty
   */
  public static Optional<String> match(String name) {
    List<String> words = words(name);
    for (List<String> term : TERMS) {
      if (contains(words, term)) {
        return Optional.of(String.join(" ", term));
      }
    }
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("name") && PERSON_QUALIFIERS.contains(words.get(i - 1))) {
        return Optional.of(words.get(i - 1) + " name");
      }
    }
    return Optional.empty();
  }

  private static boolean contains(List<String> words, List<String> term) {
    outer:
    for (int i = 0; i + term.size() <= words.size(); i++) {
      for (int j = 0; j < term.size(); j++) {
        if (!words.get(i + j).equals(term.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The lower-case words of a name: split at {@code _ - . } and spaces, and at camelCase boundaries
   * ({@code customerEmail}, {@code HTTPStatus}, {@code address2}).
   *
   * @param name the name
   * @return the words
   */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, out);
        continue;
      }
      if (word.length() > 0) {
        char prev = name.charAt(i - 1);
        boolean lowerToUpper = Character.isUpperCase(c) && !Character.isUpperCase(prev);
        boolean acronymEnd =
            Character.isUpperCase(c)
                && Character.isUpperCase(prev)
                && i + 1 < n
                && Character.isLowerCase(name.charAt(i + 1));
        boolean letterDigit = Character.isDigit(c) != Character.isDigit(prev);
        if ((lowerToUpper && Character.isLetter(prev)) || acronymEnd || letterDigit) {
          flush(word, out);
        }
      }
      word.append(c);
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
