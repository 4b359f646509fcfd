/**
 * Runnable samples of meshsdk: a small e-commerce data mesh of four domains, each a package that
 * reads like a real service ({@code orders}, {@code customers}, {@code recommendations}, {@code
 * finance}), wired together by {@link dev.meshsdk.samples.MeshDemo}, the README's demo.
 */
@NullMarked
package dev.meshsdk.samples;

import org.jspecify.annotations.NullMarked;
