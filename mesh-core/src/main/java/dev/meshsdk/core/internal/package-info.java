/** Implementation of mesh-core; not API, may change in any release. */
@NullMarked
package dev.meshsdk.core.internal;

import org.jspecify.annotations.NullMarked;
