/** Turns the product annotations into descriptors. Not API. */
@NullMarked
package dev.meshsdk.core.internal.annotation;

import org.jspecify.annotations.NullMarked;
