/**
 * The data product SDK: declaring, governing, cataloguing and publishing data products. Arrives
 * with the mesh-core issue; for now this package only reserves the name.
 */
@NullMarked
package dev.meshsdk.core;

import org.jspecify.annotations.NullMarked;
