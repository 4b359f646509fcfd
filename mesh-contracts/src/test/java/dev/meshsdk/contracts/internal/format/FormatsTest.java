package dev.meshsdk.contracts.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {
  private static final String LABEL_63 = "a".repeat(63);
  private static final String LABEL_64 = "a".repeat(64);

  // ---------------------------------------------------------------------------------- email

  @ParameterizedTest
  @ValueSource(
      strings = {
        "joe.bloggs@example.com",
        "joe+orders@example.com",
        "first.last+tag.more@sub.example.co.uk",
        "te~st@example.com",
        "~test@example.com",
        "!#$%&'*+/=?^_`{|}~-@example.org",
        "te.s.t@example.com",
        "user@localhost",
        "test@255.255.255.255",
        "test@c--n.com",
        "test@123.com",
        "joe.bloggs@[127.0.0.1]",
        "joe.bloggs@[IPv6:::1]",
        "a@[ipv6:2001:db8::7]",
        "\"joe bloggs\"@example.com",
        "\"joe..bloggs\"@example.com",
        "\"joe@bloggs\"@example.com",
        "\"a\\\"b\"@example.com",
        "\"a\\\\b\"@example.com",
        "\" \"@iana.org",
        "a.\"b c\".d@example.com",
        "müller@example.com",
        "user@bücher.de"
      })
  void acceptsEmailsHibernateValidatorAccepts(String email) {
    assertThat(Formats.isEmail(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2962",
        "@example.com",
        "joe.bloggs@",
        ".test@example.com",
        "test.@example.com",
        "te..st@example.com",
        "joe bloggs@example.com",
        "a\tb@iana.org",
        "\u007f@iana.org",
        "a,b@iana.org",
        "a:b@iana.org",
        "test(comment)@iana.org",
        "a@b@c.org",
        "test\\@test@iana.org",
        "test\"@iana.org",
        "\"test\"test@iana.org",
        "\"test@iana.org",
        "\"\"@iana.org",
        "\"\\a\"@iana.org",
        "[1.2.3.4]@iana.org",
        "joe.bloggs@invalid=domain.com",
        "joe.bloggs@[127.0.0.300]",
        "a@[]",
        "a@[1.2.3]",
        "test@[1.2.3.4",
        "test@[RFC-5322-domain-literal]",
        "test@a[255.255.255.255]",
        "test@-iana.org",
        "test@iana-.com",
        "test@.iana.org",
        "test@iana.org.",
        "test@iana..com",
        "test@under_score.com",
        "a@b(c).org",
        "test@iana.org\n",
        " a@iana.org",
        "a@iana.org ",
        "user1@oceania.org, user2@oceania.org",
        "a\uff20iana.org"
      })
  void refusesEmailsOutsideTheSubset(String email) {
    assertThat(Formats.isEmail(email)).isFalse();
  }

  @Test
  void emailLocalPartIsLimitedTo64Chars() {
    assertThat(Formats.isEmail("a".repeat(64) + "@example.com")).isTrue();
    assertThat(Formats.isEmail("a".repeat(65) + "@example.com")).isFalse();
    assertThat(Formats.isEmail("a@" + LABEL_63 + ".com")).isTrue();
    assertThat(Formats.isEmail("a@" + LABEL_64 + ".com")).isFalse();
  }

  // ---------------------------------------------------------------------------------- hostname

  @ParameterizedTest
  @ValueSource(
      strings = {
        "www.example.com",
        "localhost",
        "a",
        "1.2.3.4",
        "xn--4gbwdl.xn--wgbh1c",
        "c--n.com",
        "EXAMPLE.com",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk.com"
      })
  void acceptsHostnames(String hostname) {
    assertThat(Formats.isHostname(hostname)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "-hostname",
        "hostname-",
        "_hostname",
        "host_name",
        "example.com.",
        ".example.com",
        "exa..mple.com",
        "bücher.de",
        "a b.com",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl.com"
      })
  void refusesInvalidHostnames(String hostname) {
    assertThat(Formats.isHostname(hostname)).isFalse();
  }

  @Test
  void hostnameLabelsHoldAtMost63CharsAndNamesAtMost253() {
    assertThat(Formats.isHostname(LABEL_63)).isTrue();
    assertThat(Formats.isHostname(LABEL_64)).isFalse();
    String name253 = String.join(".", LABEL_63, LABEL_63, LABEL_63, "a".repeat(61));
    assertThat(name253).hasSize(253);
    assertThat(Formats.isHostname(name253)).isTrue();
    assertThat(Formats.isHostname(name253 + "a")).isFalse();
  }

  // ---------------------------------------------------------------------------------- ipv4

  @ParameterizedTest
  @ValueSource(strings = {"192.168.0.1", "0.0.0.0", "255.255.255.255", "10.0.10.100"})
  void acceptsIpv4Addresses(String address) {
    assertThat(Formats.isIpv4(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "127.0.0.0.1",
        "256.256.256.256",
        "127.0",
        "0x7f000001",
        "2130706433",
        "087.10.0.1",
        "1.2.3.04",
        "1.2.3.",
        ".1.2.3",
        "1..2.3",
        "1.2.3.4 ",
        "1.2.3.1234",
        "1.2.3.৪"
      })
  void refusesInvalidIpv4Addresses(String address) {
    assertThat(Formats.isIpv4(address)).isFalse();
  }

  // ---------------------------------------------------------------------------------- ipv6

  @ParameterizedTest
  @ValueSource(
      strings = {
        "::",
        "::1",
        "1::",
        "d6::",
        "::abef",
        "::42:ff:1",
        "1:d6::42",
        "1:2:3:4:5:6:7:8",
        "2001:0DB8:85a3:0000:0000:8a2e:0370:7334",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "::ffff:1.2.3.4",
        "::1.2.3.4",
        "1::d6:192.168.0.1",
        "1:2::192.168.0.1",
        "1000:1000:1000:1000:1000:1000:255.255.255.255"
      })
  void acceptsEveryRfc4291TextForm(String address) {
    assertThat(Formats.isIpv6(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ":",
        ":::",
        "1",
        "127.0.0.1",
        "12345::",
        "::abcef",
        "::laptop",
        "1:1:1:1:1:1:1:1:1",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8::",
        ":2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:",
        ":2:3:4::8",
        "1::d6::42",
        "1:2:3:4:5:::8",
        "1::2:192.168.256.1",
        "1::2:192.168.ff.1",
        "1:2:3:4:1.2.3",
        "1:2:3:4:5:6:7:1.2.3.4",
        "1:2:3:4:5:6::1.2.3.4",
        "::ffff:256.1.1.1",
        "  ::1",
        "::1  ",
        "fe80::/64",
        "fe80::a%eth1",
        "[::1]",
        "1:2:3:4:5:6:7:৪"
      })
  void refusesInvalidIpv6Addresses(String address) {
    assertThat(Formats.isIpv6(address)).isFalse();
  }

  // ---------------------------------------------------------------------------------- uuid

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
        "2EB8AA08-AA98-11EA-B4AA-73B441D16380",
        "00000000-0000-0000-0000-000000000000",
        "98d80576-482e-427f-8434-7f86890ab222"
      })
  void acceptsUuids(String uuid) {
    assertThat(Formats.isUuid(uuid)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2eb8aa08-aa98-11ea-b4aa-73b441d1638",
        "2eb8aa08-aa98-11ea-b4aa-73b441d163800",
        "2eb8aa08aa9811eab4aa73b441d16380",
        "2eb8aa08-aa98-11ea-b4ga-73b441d16380",
        "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}",
        "2eb8aa08-aa98-11ea-73b441d16380-b4aa",
        "2eb8-aa08-aa98-11ea-b4aa73b441d16380"
      })
  void refusesMalformedUuids(String uuid) {
    assertThat(Formats.isUuid(uuid)).isFalse();
  }

  // ---------------------------------------------------------------------------------- dates

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1963-06-19",
        "2020-01-31",
        "2021-02-28",
        "2020-02-29",
        "2000-02-29",
        "2020-04-30",
        "0000-01-01",
        "9999-12-31"
      })
  void acceptsRealCalendarDates(String date) {
    assertThat(Formats.isDate(date)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2020-01-32",
        "2021-02-29",
        "1900-02-29",
        "2020-02-30",
        "2020-04-31",
        "2020-00-01",
        "2020-13-01",
        "2020-01-00",
        "06/19/1963",
        "2013-350",
        "1998-1-20",
        "1998-01-1",
        "20200101",
        "2020-01-01T00:00:00Z",
        "1963-06-1৪",
        " 2020-01-01"
      })
  void refusesImpossibleOrMalformedDates(String date) {
    assertThat(Formats.isDate(date)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "08:30:06Z",
        "08:30:06z",
        "23:59:60Z",
        "23:59:60+00:00",
        "01:29:60+01:30",
        "15:59:60-08:00",
        "00:29:60-23:30",
        "23:20:50.52Z",
        "08:30:06.283185Z",
        "08:30:06+00:20",
        "12:34:56-00:00",
        "23:59:59+23:59"
      })
  void acceptsRfc3339FullTimes(String time) {
    assertThat(Formats.isTime(time)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "24:00:00Z",
        "24:00",
        "24:59:00+01:00",
        "00:60:00Z",
        "00:00:61Z",
        "22:59:60Z",
        "23:58:60Z",
        "23:59:60+01:00",
        "12:00:00",
        "12:00:00.52",
        "12:00:00.Z",
        "008:030:006Z",
        "8:3:6Z",
        "08:30:06-8:000",
        "01:02:03+24:00",
        "01:02:03+00:60",
        "01:02:03Z+00:30",
        "08:30:06 PST",
        "01:01:01,1111",
        "08:30:06+0130",
        "08:30:06+01",
        "08:30:06Z\n",
        "ab:cd:ef",
        "2020-11-28T23:55:45Z"
      })
  void refusesTimesOutsideRfc3339(String time) {
    assertThat(Formats.isTime(time)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1963-06-19T08:30:06.283185Z",
        "1963-06-19T08:30:06Z",
        "1963-06-19t08:30:06.283185z",
        "1937-01-01T12:00:27.87+00:20",
        "1990-12-31T15:59:50.123-08:00",
        "1998-12-31T23:59:60Z",
        "1998-12-31T15:59:60.123-08:00",
        "2020-02-29T00:00:00Z"
      })
  void acceptsRfc3339DateTimes(String dateTime) {
    assertThat(Formats.isDateTime(dateTime)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1998-12-31T23:58:60Z",
        "1998-12-31T22:59:60Z",
        "1990-02-31T15:59:59.123-08:00",
        "2021-02-29T00:00:00Z",
        "1990-12-31T15:59:59-24:00",
        "1963-06-19T08:30:06.28123+01:00Z",
        "06/19/1963 08:30:06 PST",
        "2013-350T01:01:01",
        "1963-06-19T08:30:06",
        "1963-06-19 08:30:06Z",
        "1963-06-19T24:00:00Z",
        "1963-06-1৪T00:00:00Z"
      })
  void refusesInvalidDateTimes(String dateTime) {
    assertThat(Formats.isDateTime(dateTime)).isFalse();
  }

  // ---------------------------------------------------------------------------------- uri

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://foo.bar/?baz=qux#quux",
        "http://foo.com/blah_(wikipedia)_blah#cite-1",
        "http://foo.bar/?q=Test%20URL-encoded%20stuff",
        "http://xn--nw2a.xn--j6w193g/",
        "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com",
        "http://223.255.255.254",
        "ftp://ftp.is.co.za/rfc/rfc1808.txt",
        "ldap://[2001:db8::7]/c=GB?objectClass?one",
        "mailto:John.Doe@example.com",
        "news:comp.infosystems.www.servers.unix",
        "tel:+1-816-555-1212",
        "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
        "file:///etc/hosts",
        "http://087.10.0.1/",
        "http://a.com:",
        "http://a.com:999999999",
        "http://:80",
        "http://@a.com",
        "http://user@",
        "http://example.com.",
        "http://[v1.fe80::a+en1]/",
        "s3://bucket/key?versionId=3"
      })
  void acceptsAbsoluteUris(String uri) {
    assertThat(Formats.isUri(uri)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "//foo.bar/?baz=qux#quux",
        "/abc",
        "\\\\WINDOWS\\fileshare",
        "abc",
        "http:// shouldfail.com",
        ":// should fail",
        "bar,baz:foo",
        "https://[@example.org/test.txt",
        "https://example.org/foobar®.txt",
        "https://example.org/foobar\\.txt",
        "https://example.org/foobar\".txt",
        "https://example.org/foobar<>.txt",
        "https://example.org/foobar{}.txt",
        "https://example.org/foobar^.txt",
        "https://example.org/foobar|.txt",
        "http://example.com/%6G",
        "http://example.com/%A",
        "http://example.com/%",
        "1http://example.com",
        "ht_tp://example.com",
        "http://example.com:abc/path",
        "http://a.com:8:0",
        "http://[::1/",
        "http://[1.2.3.4]/",
        "http://a.com/#frag#ment"
      })
  void refusesRelativeOrMalformedUris(String uri) {
    assertThat(Formats.isUri(uri)).isFalse();
  }

  // ---------------------------------------------------------------------------------- names

  @Test
  void forNameMapsTheAssertingFormatNames() {
    assertThat(Formats.forName("email")).get().matches(p -> p.test("a@b.co"));
    assertThat(Formats.forName("uri")).get().matches(p -> p.test("https://x.org"));
    assertThat(Formats.forName("uuid"))
        .get()
        .matches(p -> p.test("2eb8aa08-aa98-11ea-b4aa-73b441d16380"));
    assertThat(Formats.forName("date")).get().matches(p -> p.test("2024-02-29"));
    assertThat(Formats.forName("date-time")).get().matches(p -> p.test("2024-02-29T10:00:00Z"));
    assertThat(Formats.forName("time")).get().matches(p -> p.test("10:00:00+01:00"));
    assertThat(Formats.forName("ipv4")).get().matches(p -> p.test("10.0.0.1"));
    assertThat(Formats.forName("ipv6")).get().matches(p -> p.test("::1"));
    assertThat(Formats.forName("hostname")).get().matches(p -> p.test("example.com"));
    for (String name : new String[] {"email", "uri", "date", "ipv4"}) {
      Predicate<String> check = Formats.forName(name).orElseThrow();
      assertThat(check.test("not valid at all")).as(name).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"password", "byte", "binary", "regex", "Email", "idn-email", ""})
  void forNameIsEmptyForAnnotationOnlyAndUnknownFormats(String name) {
    assertThat(Formats.forName(name)).isEmpty();
  }

  @Test
  void checksAllocateNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[] values = {
      "joe+orders@example.com",
      "\"joe bloggs\"@[IPv6:::1]",
      "https://user@example.com:8443/a/b?c=d#e",
      "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
      "2024-02-29T23:59:60.5+00:00",
      "::ffff:192.168.0.1",
      "www.example.com"
    };
    int valid = 0;
    for (int round = 0; round < 2; round++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 10_000; i++) {
        valid += Formats.isEmail(values[0]) ? 1 : 0;
        valid += Formats.isEmail(values[1]) ? 1 : 0;
        valid += Formats.isUri(values[2]) ? 1 : 0;
        valid += Formats.isUuid(values[3]) ? 1 : 0;
        valid += Formats.isDateTime(values[4]) ? 1 : 0; // a leap second at 23:59 UTC
        valid += Formats.isIpv6(values[5]) ? 1 : 0;
        valid += Formats.isHostname(values[6]) ? 1 : 0;
      }
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      if (round == 1) {
        assertThat(allocated).as("bytes for 70,000 checks").isLessThan(1_000);
      }
    }
    assertThat(valid).isEqualTo(140_000);
  }
}
