/** The finance domain: daily revenue per currency, computed from the orders domain's events. */
@NullMarked
package dev.meshsdk.samples.finance;

import org.jspecify.annotations.NullMarked;
