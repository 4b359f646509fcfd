/**
 * Contract-driven record generators: valid records of a schema object (JSON-like maps or Java
 * records and beans), invalid records that break exactly one named rule, reproducible from a seed,
 * with a property checker that shrinks failing records ({@link
 * dev.meshsdk.testkit.generate.Generated#forAll}) and a JUnit 5 parameterized-test source ({@link
 * dev.meshsdk.testkit.generate.ContractRecords}).
 *
 * <pre>{@code
 * RecordGenerator<Map<String, Object>> orders = RecordGenerator.of(contract, "orders");
 * orders.records().limit(100).forEach(publisher::publish);
 * InvalidRecord missing = orders.invalid("required").orElseThrow();
 * }</pre>
 */
@NullMarked
package dev.meshsdk.testkit.generate;

import org.jspecify.annotations.NullMarked;
