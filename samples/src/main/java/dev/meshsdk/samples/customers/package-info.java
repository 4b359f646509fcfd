/**
 * The customers domain: customer profiles with personal data, code-first (the contract is derived
 * from {@link dev.meshsdk.samples.customers.CustomerProfile}), and the domain's own, stricter
 * governance rules for personal data.
 */
@NullMarked
package dev.meshsdk.samples.customers;

import org.jspecify.annotations.NullMarked;
