/**
 * The publishing pipeline's implementation: the publisher, listener dispatch, run ids (UUID version
 * 7), JSON conversion of records and the crash-safe JSON Lines file. Not API: may change in any
 * release.
 */
@NullMarked
package dev.meshsdk.core.publish.internal;

import org.jspecify.annotations.NullMarked;
