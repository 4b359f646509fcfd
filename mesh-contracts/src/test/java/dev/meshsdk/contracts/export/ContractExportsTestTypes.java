package dev.meshsdk.contracts.export;

/** A contract using every type the exporters map, shared by the export and import tests. */
final class ContractExportsTestTypes {
  private ContractExportsTestTypes() {}

  static final String TYPES =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: urn:test:types
      version: 1.0.0
      domain: sales-eu
      status: draft
      schema:
        - name: sale
          description: One sale.
          properties:
            - name: sale_id
              logicalType: string
              required: true
              logicalTypeOptions: {format: uuid}
            - name: amount
              logicalType: number
              physicalType: DECIMAL(12,2)
              required: true
            - name: ratio
              logicalType: number
              logicalTypeOptions: {format: f32}
            - name: small
              logicalType: integer
              logicalTypeOptions: {format: i16}
            - name: day
              logicalType: date
            - name: at
              logicalType: timestamp
              physicalType: TIMESTAMP(3)
            - name: local_at
              logicalType: timestamp
              logicalTypeOptions: {timezone: false}
            - name: clock
              logicalType: time
            - name: booked
              logicalType: timestamp
              logicalTypeOptions: {format: 'yyyy-MM-dd HH:mm', minimum: '2020-01-01 00:00'}
            - name: channel
              logicalType: string
              quality:
                - {metric: invalidValues, arguments: {validValues: [web, store]}, mustBe: 0}
            - name: note
              logicalType: string
              quality:
                - {metric: invalidValues, arguments: {validValues: ['a b']}, mustBe: 0}
            - name: labels
              logicalType: map
              map: {key: {logicalType: string}, value: {logicalType: string}}
            - name: lines
              logicalType: array
              items:
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    required: true
      """;
}
