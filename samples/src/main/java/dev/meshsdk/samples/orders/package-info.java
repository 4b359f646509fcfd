/**
 * The orders domain: the web shop's order events, served contract-first from {@code
 * contracts/orders.odcs.yaml} and declared with annotations ({@link
 * dev.meshsdk.samples.orders.OrdersProduct}).
 */
@NullMarked
package dev.meshsdk.samples.orders;

import org.jspecify.annotations.NullMarked;
