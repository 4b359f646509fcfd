package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown and JSON changelogs. */
class ChangelogTest {
  private final ContractDiff diff =
      ContractDiff.between(
          ContractDiffTest.base(),
          ContractDiffTest.variant(
              "maxLength: 10", "maxLength: 20",
              "status: active", "status: deprecated",
              "version: 1.0.0", "version: 1.1.0",
              "classification: public", "classification: 'a|b'"));

  @Test
  void markdownGroupsBySeverityWithOneTablePerGroup() {
    String md = Changelog.of(diff).toMarkdown();
    assertThat(md)
        .isEqualTo(
            """
            ## Contract `shipments-contract`: `1.0.0` → `1.1.0`

            **Breaking:** 2 breaking, 2 warnings, 1 info (consumer perspective).

            ### Breaking (2)

            | Where | Change | Rule |
            | --- | --- | --- |
            | `shipments.lines.sku.logicalTypeOptions.maxLength` | maxLength of shipments.lines.sku loosened (10 -> 20) | `max-length-increased` |
            | `version` | breaking changes need a new major version (2.0.0), but the version goes from 1.0.0 to 1.1.0 | `semver-major-required` |

            ### Warnings (2)

            | Where | Change | Rule |
            | --- | --- | --- |
            | `status` | status changed (active -> deprecated) | `status-changed` |
            | `shipments.status.classification` | classification of shipments.status changed (public -> a\\|b) | `classification-changed` |

            ### Info (1)

            | Where | Change | Rule |
            | --- | --- | --- |
            | `version` | version changed (1.0.0 -> 1.1.0) | `version-changed` |
            """);
  }

  @Test
  void markdownOfNoChangesSaysSo() {
    assertThat(
            Changelog.of(ContractDiff.between(ContractDiffTest.base(), ContractDiffTest.base()))
                .toMarkdown())
        .endsWith("No changes.\n");
  }

  @Test
  void jsonHasTheDocumentedShape() {
    String json = Changelog.of(diff).toJson();
    assertThat(json)
        .startsWith(
            """
            {
              "contractId" : "shipments-contract",
              "from" : "1.0.0",
              "to" : "1.1.0",
              "perspective" : "consumer",
              "breaking" : true,
              "summary" : {
                "breaking" : 2,
                "warning" : 2,
                "info" : 1
              },
              "changes" : [ {
                "severity" : "breaking",
                "kind" : "loosened",
                "rule" : "max-length-increased",
                "path" : "shipments.lines.sku",
                "field" : "logicalTypeOptions.maxLength",
                "location" : "shipments.lines.sku.logicalTypeOptions.maxLength",
                "message" : "maxLength of shipments.lines.sku loosened (10 -> 20)",
                "before" : 10,
                "after" : 20
              }, {
            """)
        .contains("\"rule\" : \"semver-major-required\"")
        .endsWith("} ]\n}\n");
  }
}
