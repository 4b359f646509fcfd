package dev.meshsdk.contracts.internal.odcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.AuthoritativeDefinition;
import dev.meshsdk.contracts.ContractContext;
import dev.meshsdk.contracts.ContractDescription;
import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.Price;
import dev.meshsdk.contracts.Role;
import dev.meshsdk.contracts.Server;
import dev.meshsdk.contracts.ServerType;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.contracts.TeamMember;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartsMappingTest {

  // ---------------------------------------------------------------- helpers

  private static Fields root(String yaml) {
    return Fields.of(TreeReader.read(yaml, "parts.yaml"), "");
  }

  private static <T> T one(String yaml, String key, Fields.ElementReader<T> reader) {
    return root(yaml).object(key, reader).orElseThrow();
  }

  private static <T> List<T> many(String yaml, String key, Fields.ElementReader<T> reader) {
    return root(yaml).list(key, reader);
  }

  /**
   * Writes the value, renders it as YAML, reads the YAML back and asserts the model is unchanged.
   *
   * @return what the writer produced
   */
  private static <T> JsonValue roundTrip(
      T model,
      String key,
      Function<T, ? extends JsonValue> writer,
      Fields.ElementReader<T> reader) {
    JsonValue written = writer.apply(model);
    String yaml = TreeWriter.toYaml(new JsonValue.Obj(Map.of(key, written)));
    T again = one(yaml, key, reader);
    assertThat(again).isEqualTo(model);
    return written;
  }

  private static List<String> keys(JsonValue v) {
    return List.copyOf(((JsonValue.Obj) v).members().keySet());
  }

  private static void assertFormatError(ThrowingCallable read, String path, String problem) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            ContractFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage()).startsWith("parts.yaml:");
            });
  }

  // ---------------------------------------------------------------- description

  @Test
  void descriptionRoundTripsInTheDocumentationsOrderWithUnknownFieldsLast() {
    ContractDescription d =
        one(
            """
            description:
              x-vendor: {a: 1}
              usage: Predict sales over time
              purpose: Views built on top of the seller tables.
              limitations: Data based on seller perspective, no buyer information
              authoritativeDefinitions:
                - type: privacy-statement
                  url: https://example.com/gdpr.pdf
              customProperties:
                - property: owner
                  value: sales
            """,
            "description",
            PartsMapping::description);

    assertThat(d.usage()).contains("Predict sales over time");
    assertThat(d.authoritativeDefinitions())
        .containsExactly(
            AuthoritativeDefinition.of("https://example.com/gdpr.pdf", "privacy-statement"));
    assertThat(d.customProperties())
        .containsExactly(CustomProperty.of("owner", JsonValue.of("sales")));
    assertThat(d.extensions()).containsOnlyKeys("x-vendor");

    JsonValue written =
        roundTrip(d, "description", PartsMapping::description, PartsMapping::description);
    assertThat(keys(written))
        .containsExactly(
            "purpose",
            "limitations",
            "usage",
            "authoritativeDefinitions",
            "customProperties",
            "x-vendor");
  }

  @Test
  void emptyDescriptionStaysAnEmptyObject() {
    ContractDescription d = one("description: {}\n", "description", PartsMapping::description);

    assertThat(d).isEqualTo(ContractDescription.builder().build());
    assertThat(PartsMapping.description(d)).isEqualTo(JsonValue.Obj.EMPTY);
  }

  // ---------------------------------------------------------------- servers

  @ParameterizedTest
  @ValueSource(
      strings = {
        // examples/all/full-example.odcs.yaml
        """
        servers:
          - server: my-postgres
            type: postgres
            host: localhost
            port: 5432
            database: pypl-edw
            schema: pp_access_views
        """,
        // examples/server/kafka-server.odcs.yaml
        """
        servers:
          - server: my-kafka
            type: kafka
            host: pkc-7xoy1.eu-central-1.aws.confluent.cloud:9092
            format: avro
        """,
        // examples/schema/kafka-schema.odcs.yaml
        """
        servers:
        - server: my-kafka
          type: kafka
          format: avro
          host: kafkabroker1:9092
        """,
        // examples/server/azure-server.odcs.yaml
        """
        servers:
          - server: my-azure
            type: azure
            location: az://my-data-location
            format: parquet
        """
      })
  void serversOfTheOfficialExamplesReadAndWriteBackUnchanged(String yaml) {
    Server s = many(yaml, "servers", PartsMapping::server).get(0);

    assertThat(s.extensions()).isEmpty();
    JsonValue written = roundTrip(s, "server", PartsMapping::server, PartsMapping::server);
    // Same fields in the same order as the document.
    JsonValue original = firstItem(yaml, "servers");
    assertThat(written).isEqualTo(original);
    assertThat(keys(written)).containsExactlyElementsOf(keys(original));
  }

  @Test
  void postgresServerOfTheFullExampleHasTypedAttributes() {
    Server s =
        many(
                """
                servers:
                  - server: my-postgres
                    type: postgres
                    host: localhost
                    port: 5432
                    database: pypl-edw
                    schema: pp_access_views
                """,
                "servers",
                PartsMapping::server)
            .get(0);

    assertThat(s.server()).isEqualTo("my-postgres");
    assertThat(s.type()).isEqualTo(ServerType.POSTGRES);
    assertThat(s.host()).contains("localhost");
    assertThat(s.port()).contains(5432);
    assertThat(s.database()).contains("pypl-edw");
    assertThat(s.schema()).contains("pp_access_views");
    assertThat(s.location()).isEmpty();
    assertThat(s.attribute("port")).contains(JsonValue.of(5432));
    assertThat(s.attributes()).containsOnlyKeys("host", "port", "database", "schema");
  }

  @Test
  void serverKeepsUnknownFieldsAsExtensionsAndWritesThemLast() {
    Server s =
        many(
                """
                servers:
                  - topic: orders
                    server: events
                    x-owner: {team: platform}
                    type: kafka
                    format: avro
                    host: broker:9092
                    environment: prod
                    roles:
                      - role: consumer
                        access: read
                        x-audit: true
                    driver: confluent
                    customProperties:
                      - property: partitions
                        value: 12
                    id: kafka_prod
                    description: the event bus
                """,
                "servers",
                PartsMapping::server)
            .get(0);

    assertThat(s.attributes()).containsOnlyKeys("format", "host");
    assertThat(s.attributes().keySet()).containsExactly("format", "host");
    assertThat(s.extensions().keySet()).containsExactly("topic", "x-owner", "driver");
    assertThat(s.roles().get(0).extensions()).containsEntry("x-audit", JsonValue.of(true));

    JsonValue written = roundTrip(s, "server", PartsMapping::server, PartsMapping::server);
    assertThat(keys(written))
        .containsExactly(
            "id",
            "server",
            "type",
            "description",
            "environment",
            "format",
            "host",
            "roles",
            "customProperties",
            "topic",
            "x-owner",
            "driver");
  }

  @ParameterizedTest
  @EnumSource(ServerType.class)
  void everyServerTypeReadsAndWritesBack(ServerType type) {
    Server s =
        many(
                "servers:\n  - server: s\n    type: " + type.value() + "\n",
                "servers",
                PartsMapping::server)
            .get(0);

    assertThat(s.type()).isEqualTo(type);
    assertThat(ServerType.fromValue(type.value())).contains(type);
    roundTrip(s, "server", PartsMapping::server, PartsMapping::server);
  }

  @Test
  void serverTypesAreThoseOfTheSchemas() {
    assertThat(Arrays.stream(ServerType.values()).map(ServerType::value))
        .hasSize(34)
        .contains("api", "cloudsql", "db2", "postgresql", "postgres", "zen", "custom");
    assertThat(ServerType.fromValue("mongodb")).isEmpty();
    assertThat(ServerType.fromValue("Postgres")).isEmpty();
  }

  @Test
  void customServerKeepsEveryTypeSpecificField() {
    StringBuilder yaml = new StringBuilder("servers:\n  - server: any\n    type: custom\n");
    for (String key : Server.ATTRIBUTE_KEYS) {
      yaml.append("    ")
          .append(key)
          .append(": ")
          .append(key.equals("port") ? "1" : "v")
          .append('\n');
    }
    Server s = many(yaml.toString(), "servers", PartsMapping::server).get(0);

    assertThat(s.attributes().keySet()).containsExactlyElementsOf(Server.ATTRIBUTE_KEYS);
    assertThat(s.extensions()).isEmpty();
    assertThat(s.workgroup()).contains("v");
    assertThat(s.stream()).contains("v");
    roundTrip(s, "server", PartsMapping::server, PartsMapping::server);
  }

  @Test
  void unknownServerTypeIsAFormatErrorAtItsPath() {
    assertFormatError(
        () ->
            many(
                """
                servers:
                  - server: a
                    type: s3
                    location: s3://bucket/
                  - server: prod-db
                    type: mongodb
                """,
                "servers",
                PartsMapping::server),
        "servers[1].type",
        "'mongodb' is not one of [api, athena,");
  }

  @Test
  void serverWithoutNameOrTypeIsAFormatError() {
    assertFormatError(
        () ->
            many(
                "servers:\n  - host: db.example.com\n    port: 5432\n",
                "servers",
                PartsMapping::server),
        "servers[0].server",
        "required field 'server' is missing");
    assertFormatError(
        () -> many("servers:\n  - server: db\n", "servers", PartsMapping::server),
        "servers[0].type",
        "required field 'type' is missing");
  }

  @Test
  void serverFieldsOfTheWrongJsonTypeAreFormatErrors() {
    assertFormatError(
        () ->
            many(
                "servers:\n  - server: db\n    type: postgres\n    port: '5432'\n",
                "servers",
                PartsMapping::server),
        "servers[0].port",
        "expected an integer but found string");
    assertFormatError(
        () ->
            many(
                "servers:\n  - server: db\n    type: postgres\n    port: 54.5\n",
                "servers",
                PartsMapping::server),
        "servers[0].port",
        "expected an integer");
    assertFormatError(
        () ->
            many(
                "servers:\n  - server: db\n    type: kafka\n    host: [a, b]\n",
                "servers",
                PartsMapping::server),
        "servers[0].host",
        "expected a string but found array");
    assertFormatError(
        () -> many("servers:\n  - server: 7\n    type: s3\n", "servers", PartsMapping::server),
        "servers[0].server",
        "expected a string");
    assertFormatError(
        () -> many("servers:\n  - plain\n", "servers", PartsMapping::server),
        "servers[0]",
        "expected an object");
  }

  @Test
  void conditionalServerRulesAreLeftToTheChecker() {
    // athena requires schema and (before v3.2) stagingDir: reading does not care.
    Server s =
        many(
                "servers:\n  - server: athena-prod\n    type: athena\n    regionName: eu-west-1\n",
                "servers",
                PartsMapping::server)
            .get(0);

    assertThat(s.regionName()).contains("eu-west-1");
    assertThat(s.schema()).isEmpty();
  }

  @Test
  void serverBuilderSetsAttributesInCallOrder() {
    Server s =
        Server.builder()
            .server("warehouse")
            .type(ServerType.SNOWFLAKE)
            .account("acme")
            .database("SALES")
            .schema("PUBLIC")
            .warehouse("COMPUTE_WH")
            .port(443)
            .environment("prod")
            .build();

    assertThat(s.attributes().keySet())
        .containsExactly("account", "database", "schema", "warehouse", "port");
    assertThat(s.port()).contains(443);
    assertThat(s.toBuilder().attribute("port", Optional.empty()).build().port()).isEmpty();
    assertThat(Server.of("x", ServerType.CUSTOM).attributes()).isEmpty();
    roundTrip(s, "server", PartsMapping::server, PartsMapping::server);
  }

  @Test
  void serverBuilderFailsFastNamingTheField() {
    assertThatThrownBy(() -> Server.builder().type(ServerType.S3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Server.server is required but was not set");
    assertThatThrownBy(() -> Server.builder().server("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Server.type is required but was not set");
    assertThatThrownBy(() -> Server.builder().attribute("topic", JsonValue.of("orders")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Server.attributes: 'topic' is not a server field the standard defines (host, port,")
        .hasMessageEndingWith("); put it in extensions");
    assertThatThrownBy(() -> Server.builder().attribute("port", JsonValue.of("5432")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Server.attributes: 'port' must be an integer, got string 5432");
    assertThatThrownBy(
            () -> Server.builder().attribute("port", new JsonValue.Num(new BigDecimal("1.5"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Server.attributes: 'port' must be an integer, got number 1.5");
    assertThatThrownBy(() -> Server.builder().attribute("host", JsonValue.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Server.attributes: 'host' must be a string, got number 1");
    assertThatThrownBy(() -> Server.builder().attributes(Map.of("driver", JsonValue.of("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'driver' is not a server field");
    assertThatThrownBy(
            () ->
                Server.builder()
                    .server("s")
                    .type(ServerType.S3)
                    .extensions(Map.of("location", JsonValue.of("s3://b/")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Server.extensions: 'location' is a field the standard defines, not an extension");
    assertThatThrownBy(() -> Server.builder().host(nullString()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("host");
  }

  @Test
  void serverAttributesAreImmutableAndNormalised() {
    Map<String, JsonValue> attributes = new LinkedHashMap<>();
    attributes.put("port", new JsonValue.Num(new BigDecimal("5432.0")));
    Server s =
        new Server(
            "db",
            ServerType.POSTGRES,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            attributes,
            List.of(),
            List.of(),
            Map.of());
    attributes.put("host", JsonValue.of("h"));

    assertThat(s.attributes()).containsExactly(Map.entry("port", JsonValue.of(5432)));
    assertThatThrownBy(() -> s.attributes().put("host", JsonValue.of("h")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------- team

  @Test
  void teamObjectRoundTripsWithUnknownFields() {
    Team t =
        one(
            """
            team:
              id: data-platform-team
              name: data-platform
              description: Owners and contributors of the data-platform contracts.
              tags: ['core', 'engineering']
              customProperties:
                - property: oncallRotation
                  value: data-platform-primary
              authoritativeDefinitions:
                - url: https://wiki.example.com/teams/data-platform
                  type: businessDefinition
              x-slack: '#data-platform'
              members:
                - id: alan
                  username: alan
                  name: Alan Turing
                  role: Data Engineer
                  dateIn: 2024-01-15
                  dateOut: "2025-09-30"
                  replacedByUsername: ceastwood
                  description: Original platform engineer.
                  x-badge: 42
                - username: ceastwood
                  tags: ['oncall']
                  customProperties:
                    - property: timezone
                      value: Europe/Paris
            """,
            "team",
            PartsMapping::team);

    assertThat(t.legacyMemberList()).isFalse();
    assertThat(t.name()).contains("data-platform");
    assertThat(t.tags()).containsExactly("core", "engineering");
    assertThat(t.extensions()).containsOnlyKeys("x-slack");
    assertThat(t.members()).hasSize(2);
    TeamMember alan = t.member("alan").orElseThrow();
    assertThat(alan.dateIn()).contains("2024-01-15");
    assertThat(alan.dateOut()).contains("2025-09-30");
    assertThat(alan.replacedByUsername()).contains("ceastwood");
    assertThat(alan.extensions()).containsEntry("x-badge", JsonValue.of(42));

    JsonValue written = roundTrip(t, "team", PartsMapping::team, PartsMapping::team);
    assertThat(keys(written))
        .containsExactly(
            "id",
            "name",
            "description",
            "tags",
            "customProperties",
            "authoritativeDefinitions",
            "members",
            "x-slack");
    JsonValue.Arr members = (JsonValue.Arr) ((JsonValue.Obj) written).get("members").orElseThrow();
    assertThat(keys(members.values().get(0)))
        .containsExactly(
            "id",
            "username",
            "name",
            "role",
            "description",
            "dateIn",
            "dateOut",
            "replacedByUsername",
            "x-badge");
  }

  @Test
  void legacyTeamArraySurvivesARoundTripAsAnArray() {
    Team t =
        one(
            """
            team:
              - username: ceastwood
                role: Data Scientist
                dateIn: 2022-08-02
                dateOut: 2022-10-01
                replacedByUsername: mhopper
              - username: mhopper
                role: Data Scientist
                dateIn: 2022-10-01
              - username: daustin
                role: Owner
                description: Keeper of the grail
                name: David Austin
                dateIn: 2022-10-01
            """,
            "team",
            PartsMapping::team);

    assertThat(t.legacyMemberList()).isTrue();
    assertThat(t.members())
        .extracting(TeamMember::username)
        .containsExactly("ceastwood", "mhopper", "daustin");
    assertThat(t.name()).isEmpty();

    JsonValue written = roundTrip(t, "team", PartsMapping::team, PartsMapping::team);
    assertThat(written).isInstanceOf(JsonValue.Arr.class);
    assertThat(((JsonValue.Arr) written).values()).hasSize(3);
  }

  @Test
  void emptyLegacyTeamStaysAnEmptyArray() {
    Team t = one("team: []\n", "team", PartsMapping::team);

    assertThat(t).isEqualTo(Team.legacy(List.of()));
    assertThat(PartsMapping.team(t)).isEqualTo(new JsonValue.Arr(List.of()));
  }

  @Test
  void legacyTeamCanBeTurnedIntoTheObjectForm() {
    Team legacy = Team.legacy(List.of(TeamMember.of("ada")));
    Team modern = legacy.toBuilder().legacyMemberList(false).name("core").build();

    JsonValue written = PartsMapping.team(modern);
    assertThat(keys(written)).containsExactly("name", "members");
    roundTrip(modern, "team", PartsMapping::team, PartsMapping::team);
  }

  @Test
  void teamOfTheWrongTypeOrMemberWithoutUsernameIsAFormatError() {
    assertFormatError(
        () -> one("team: data-platform\n", "team", PartsMapping::team),
        "team",
        "expected an object (or the deprecated array of members) but found string");
    assertFormatError(
        () ->
            one(
                "team:\n  members:\n    - username: a\n    - name: Bob\n",
                "team",
                PartsMapping::team),
        "team.members[1].username",
        "required field 'username' is missing");
    assertFormatError(
        () -> one("team:\n  - name: Bob\n", "team", PartsMapping::team),
        "team[0].username",
        "required field 'username' is missing");
    assertFormatError(
        () -> one("team:\n  members: alice\n", "team", PartsMapping::team),
        "team.members",
        "expected an array but found string");
    assertFormatError(
        () ->
            one(
                "team:\n  members:\n    - username: a\n      tags: solo\n",
                "team",
                PartsMapping::team),
        "team.members[0].tags",
        "expected an array");
  }

  @Test
  void teamBuildersFailFastNamingTheField() {
    assertThatThrownBy(() -> TeamMember.builder().name("Ada").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TeamMember.username is required but was not set");
    assertThatThrownBy(
            () ->
                Team.builder()
                    .legacyMemberList(true)
                    .name("core")
                    .tag("x")
                    .member(TeamMember.of("ada"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Team: the legacy member list (v3.0 form) holds members only, but name, tags are set;"
                + " use the object form (legacyMemberList false)");
    assertThatThrownBy(() -> Team.builder().member(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
  }

  // ---------------------------------------------------------------- roles, support, price

  @Test
  void rolesRoundTripAndRequireARoleName() {
    List<Role> roles =
        many(
            """
            roles:
              - role: microstrategy_user_opr
                access: read
                firstLevelApprovers: Reporting Manager
                secondLevelApprovers: 'mandolorian'
              - role: bq_unica_user_opr
                id: unica
                description: Unica users
                access: write
                customProperties:
                  - property: ticket
                    value: ABC-1
                x-expires: 2027-01-01
            """,
            "roles",
            PartsMapping::role);

    assertThat(roles.get(0).secondLevelApprovers()).contains("mandolorian");
    assertThat(roles.get(1).extensions()).containsEntry("x-expires", JsonValue.of("2027-01-01"));
    JsonValue written = roundTrip(roles.get(1), "role", PartsMapping::role, PartsMapping::role);
    assertThat(keys(written))
        .containsExactly("id", "role", "description", "access", "customProperties", "x-expires");

    assertFormatError(
        () -> many("roles:\n  - access: read\n", "roles", PartsMapping::role),
        "roles[0].role",
        "required field 'role' is missing");
    assertThatThrownBy(() -> Role.builder().access("read").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Role.role is required but was not set");
  }

  @Test
  void supportChannelsRoundTripInTheDocumentationsOrder() {
    List<SupportChannel> support =
        many(
            """
            support:
              - channel: '#product-help'
                tool: slack
              - id: support_slack_help
                invitationUrl: https://example.slack.com/invite/data-platform-help
                url: https://example.slack.com/archives/help
                scope: interactive
                tool: slack
                description: Real-time Q&A with the platform team.
                channel: '#data-platform-help'
                x-sla: 1h
                customProperties:
                  - property: hours
                    value: 9-5
            """,
            "support",
            PartsMapping::supportChannel);

    assertThat(support.get(0))
        .isEqualTo(SupportChannel.builder().channel("#product-help").tool("slack").build());
    JsonValue written =
        roundTrip(
            support.get(1), "support", PartsMapping::supportChannel, PartsMapping::supportChannel);
    assertThat(keys(written))
        .containsExactly(
            "id",
            "channel",
            "description",
            "tool",
            "scope",
            "url",
            "invitationUrl",
            "customProperties",
            "x-sla");

    assertFormatError(
        () -> many("support:\n  - tool: email\n", "support", PartsMapping::supportChannel),
        "support[0].channel",
        "required field 'channel' is missing");
    assertThatThrownBy(() -> SupportChannel.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SupportChannel.channel is required but was not set");
  }

  @Test
  void priceKeepsTheExactAmount() {
    Price p =
        one(
            "price:\n"
                + "  priceAmount: 9.95\n"
                + "  priceCurrency: USD\n"
                + "  priceUnit: megabyte\n"
                + "  x-vat: true\n",
            "price",
            PartsMapping::price);

    assertThat(p.priceAmount()).contains(new BigDecimal("9.95"));
    assertThat(p.extensions()).containsEntry("x-vat", JsonValue.of(true));
    JsonValue written = roundTrip(p, "price", PartsMapping::price, PartsMapping::price);
    assertThat(keys(written)).containsExactly("priceAmount", "priceCurrency", "priceUnit", "x-vat");
    assertThat(Price.builder().build()).isEqualTo(one("price: {}\n", "price", PartsMapping::price));

    assertFormatError(
        () -> one("price:\n  priceAmount: '9.95'\n", "price", PartsMapping::price),
        "price.priceAmount",
        "expected a number but found string");
    assertFormatError(
        () -> one("price: 9.95\n", "price", PartsMapping::price),
        "price",
        "expected an object but found number");
  }

  // ---------------------------------------------------------------- SLA

  @Test
  void slaPropertiesKeepScalarValuesOfEveryJsonType() {
    List<SlaProperty> sla =
        many(
            """
            slaProperties:
              - property: latency
                value: 4
                unit: d
                element: tab1.txn_ref_dt
                scheduler: cron
                schedule: 0 30 * * *
              - property: generalAvailability
                value: 2022-05-12T09:30:10-08:00
                description: GA at 12.5.22
              - property: frequency
                value: 1
                valueExt: 1
                unit: d
              - property: timeOfAvailability
                value: 09:00-08:00
                driver: regulatory
              - property: x-enabled
                value: true
                valueExt: null
                id: enabled
                x-note: kept
              - property: retention
                value: null
            """,
            "slaProperties",
            PartsMapping::slaProperty);

    assertThat(sla)
        .extracting(SlaProperty::value)
        .containsExactly(
            JsonValue.of(4),
            JsonValue.of("2022-05-12T09:30:10-08:00"),
            JsonValue.of(1),
            JsonValue.of("09:00-08:00"),
            JsonValue.of(true),
            JsonValue.Null.INSTANCE);
    assertThat(sla.get(2).valueExt()).contains(JsonValue.of(1));
    assertThat(sla.get(4).valueExt()).contains(JsonValue.Null.INSTANCE);
    assertThat(sla.get(5).valueExt()).isEmpty();
    for (SlaProperty p : sla) {
      roundTrip(p, "sla", PartsMapping::slaProperty, PartsMapping::slaProperty);
    }
    assertThat(keys(PartsMapping.slaProperty(sla.get(0))))
        .containsExactly("property", "value", "unit", "element", "scheduler", "schedule");
    assertThat(keys(PartsMapping.slaProperty(sla.get(4))))
        .containsExactly("id", "property", "value", "valueExt", "x-note");
  }

  @Test
  void slaPropertyNeedsAPropertyAndAScalarValue() {
    assertFormatError(
        () ->
            many(
                "slaProperties:\n  - property: latency\n    unit: d\n",
                "slaProperties",
                PartsMapping::slaProperty),
        "slaProperties[0].value",
        "required field 'value' is missing");
    assertFormatError(
        () -> many("slaProperties:\n  - value: 4\n", "slaProperties", PartsMapping::slaProperty),
        "slaProperties[0].property",
        "required field 'property' is missing");
    assertFormatError(
        () ->
            many(
                "slaProperties:\n  - property: latency\n    value: [1, 2]\n",
                "slaProperties",
                PartsMapping::slaProperty),
        "slaProperties[0].value",
        "expected a string, number, boolean or null but found array");
    assertFormatError(
        () ->
            many(
                "slaProperties:\n  - property: latency\n    value: 1\n    valueExt: {a: 1}\n",
                "slaProperties",
                PartsMapping::slaProperty),
        "slaProperties[0].valueExt",
        "expected a string, number, boolean or null but found object");
  }

  @Test
  void slaPropertyBuilderFailsFastNamingTheField() {
    assertThatThrownBy(() -> SlaProperty.builder().property("latency").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SlaProperty.value is required but was not set");
    assertThatThrownBy(() -> SlaProperty.builder().value(new JsonValue.Arr(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SlaProperty.value must be a string, number, boolean or null, got array");
    assertThatThrownBy(() -> SlaProperty.builder().valueExt(JsonValue.Obj.EMPTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SlaProperty.valueExt must be a string, number, boolean or null, got object");
    assertThat(SlaProperty.of("retention", JsonValue.Null.INSTANCE).value())
        .isEqualTo(JsonValue.Null.INSTANCE);
  }

  // ---------------------------------------------------------------- context

  @Test
  void contextObjectRoundTripsWithStatementsAndConstraints() {
    ContractContext c =
        one(
            """
            context:
              instructions: >
                Use it for revenue analysis.
              verifiedStatements:
                - question: "What was total revenue in France last quarter?"
                - id: revenue-last-year
                  question: "What was the total revenue last year?"
                  answer: "Query total_turnover_euros grouped by year."
                  tags: ['finance']
              constraints:
                - id: no-individual-order-exposure
                  constraint: "Do not expose individual order details."
                  tags: ['gdpr', 'pii']
                  authoritativeDefinitions:
                    - url: https://example.com/gdpr
                      type: policy
                - constraint: "Do not join with customer PII tables."
                  x-severity: high
              x-model: gpt
            """,
            "context",
            PartsMapping::context);

    assertThat(c.shorthand()).isFalse();
    assertThat(c.instructions()).contains("Use it for revenue analysis.\n");
    assertThat(c.verifiedStatements().get(0))
        .isEqualTo(
            ContractContext.VerifiedStatement.of("What was total revenue in France last quarter?"));
    assertThat(c.verifiedStatements().get(1).answer())
        .contains("Query total_turnover_euros grouped by year.");
    assertThat(c.constraints().get(1).extensions())
        .containsEntry("x-severity", JsonValue.of("high"));
    assertThat(c.extensions()).containsOnlyKeys("x-model");

    JsonValue written = roundTrip(c, "context", PartsMapping::context, PartsMapping::context);
    assertThat(keys(written))
        .containsExactly("instructions", "verifiedStatements", "constraints", "x-model");
  }

  @Test
  void contextShorthandStringSurvivesARoundTripAsAString() {
    ContractContext c =
        one("context: Use it for revenue analysis only.\n", "context", PartsMapping::context);

    assertThat(c).isEqualTo(ContractContext.of("Use it for revenue analysis only."));
    assertThat(c.shorthand()).isTrue();
    JsonValue written = roundTrip(c, "context", PartsMapping::context, PartsMapping::context);
    assertThat(written).isEqualTo(JsonValue.of("Use it for revenue analysis only."));
  }

  @Test
  void contextOfTheWrongTypeIsAFormatError() {
    assertFormatError(
        () -> one("context: 42\n", "context", PartsMapping::context),
        "context",
        "expected an object or a string but found number");
    assertFormatError(
        () ->
            one(
                "context:\n  verifiedStatements:\n    - answer: 42 apples\n",
                "context",
                PartsMapping::context),
        "context.verifiedStatements[0].question",
        "required field 'question' is missing");
    assertFormatError(
        () -> one("context:\n  constraints:\n    - id: c1\n", "context", PartsMapping::context),
        "context.constraints[0].constraint",
        "required field 'constraint' is missing");
  }

  @Test
  void contextBuildersFailFastNamingTheField() {
    assertThatThrownBy(
            () ->
                ContractContext.builder()
                    .shorthand(true)
                    .instructions("x")
                    .constraint(ContractContext.Constraint.of("no PII"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ContractContext: the shorthand (string) form holds instructions and nothing else, got"
                + " instructions set, 0 verified statement(s), 1 constraint(s) and 0"
                + " extension(s)");
    assertThatThrownBy(() -> ContractContext.builder().shorthand(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instructions missing");
    assertThatThrownBy(() -> ContractContext.Constraint.builder().id("c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Constraint.constraint is required but was not set");
    assertThatThrownBy(() -> ContractContext.VerifiedStatement.builder().answer("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("VerifiedStatement.question is required but was not set");
  }

  // ---------------------------------------------------------------- immutability

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<String> tags = new ArrayList<>(List.of("a"));
    TeamMember m = TeamMember.builder().username("ada").tags(tags).build();
    tags.add("b");

    assertThat(m.tags()).containsExactly("a");
    assertThatThrownBy(() -> m.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m.toBuilder().tag("b").build().tags()).containsExactly("a", "b");
    assertThat(m.tags()).containsExactly("a");
  }

  /** The first item of a list in a snippet, as plain JSON, for comparison with what is written. */
  private static JsonValue firstItem(String yaml, String key) {
    Node root = TreeReader.read(yaml, "parts.yaml");
    JsonValue.Obj obj = (JsonValue.Obj) Nodes.toJsonValue(root);
    return ((JsonValue.Arr) obj.get(key).orElseThrow()).values().get(0);
  }

  /** A null hidden from the compiler's eyes, to test the builders' null checks. */
  private static String nullString() {
    return List.<String>of().stream().findFirst().orElse(null);
  }
}
