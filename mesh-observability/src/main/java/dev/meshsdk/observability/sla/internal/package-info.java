/**
 * Implementation of the SLA package: unit and value parsing of {@code slaProperties}. Not API; may
 * change in any release.
 */
@NullMarked
package dev.meshsdk.observability.sla.internal;

import org.jspecify.annotations.NullMarked;
