/** The built-in governance policies. Not API. */
@NullMarked
package dev.meshsdk.core.internal.governance;

import org.jspecify.annotations.NullMarked;
