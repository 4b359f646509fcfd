/**
 * The recommendations domain: reads orders and customer profiles through its input ports and
 * publishes product recommendations per customer.
 */
@NullMarked
package dev.meshsdk.samples.recommendations;

import org.jspecify.annotations.NullMarked;
