package dev.meshsdk.contracts;

import java.util.concurrent.atomic.AtomicInteger;

/** A class a hostile YAML tag names; it counts its instances so a test can prove none was made. */
public final class Canary {
  /** How many were constructed. */
  public static final AtomicInteger CONSTRUCTED = new AtomicInteger();

  /** Counts. */
  public Canary() {
    CONSTRUCTED.incrementAndGet();
  }
}
