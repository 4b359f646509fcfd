/**
 * Annotations that declare a data product on a class: {@link
 * dev.meshsdk.core.annotation.DataProduct}, {@link dev.meshsdk.core.annotation.OutputPort} and
 * {@link dev.meshsdk.core.annotation.InputPort}. {@link
 * dev.meshsdk.core.DataProducts#fromAnnotations(Class)} turns them into the same {@link
 * dev.meshsdk.core.DataProduct} the builder gives.
 */
@NullMarked
package dev.meshsdk.core.annotation;

import org.jspecify.annotations.NullMarked;
