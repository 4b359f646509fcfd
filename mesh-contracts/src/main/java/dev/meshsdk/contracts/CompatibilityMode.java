package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * Schema-registry compatibility modes for {@link ContractCompatibility}, with registry semantics.
 *
 * <table>
 *   <caption>How modes map to diff perspectives</caption>
 *   <tr><th>mode</th><th>guarantees</th><th>perspective</th><th>compared with</th></tr>
 *   <tr><td>{@link #BACKWARD}</td><td>readers using the new contract can read data written under
 *       the old one: data valid under the old contract stays valid under the new</td>
 *       <td>{@link Perspective#PRODUCER}</td><td>the latest version</td></tr>
 *   <tr><td>{@link #FORWARD}</td><td>readers of the old contract can read data written under the
 *       new one: data valid under the new contract is valid under the old</td>
 *       <td>{@link Perspective#CONSUMER}</td><td>the latest version</td></tr>
 *   <tr><td>{@link #FULL}</td><td>both</td><td>{@link Perspective#BOTH}</td>
 *       <td>the latest version</td></tr>
 *   <tr><td>{@code *_TRANSITIVE}</td><td>as above</td><td>as above</td><td>every version in the
 *       history</td></tr>
 *   <tr><td>{@link #NONE}</td><td>nothing</td><td>none</td><td>nothing</td></tr>
 * </table>
 */
public enum CompatibilityMode {
  /** No check: every candidate is compatible. */
  NONE(Optional.empty(), false),
  /** New readers read old data; checked against the latest version (producer perspective). */
  BACKWARD(Optional.of(Perspective.PRODUCER), false),
  /** New readers read data of every earlier version (producer perspective). */
  BACKWARD_TRANSITIVE(Optional.of(Perspective.PRODUCER), true),
  /** Old readers read new data; checked against the latest version (consumer perspective). */
  FORWARD(Optional.of(Perspective.CONSUMER), false),
  /** Readers of every earlier version read new data (consumer perspective). */
  FORWARD_TRANSITIVE(Optional.of(Perspective.CONSUMER), true),
  /** Backward and forward against the latest version (both perspectives). */
  FULL(Optional.of(Perspective.BOTH), false),
  /** Backward and forward against every earlier version (both perspectives). */
  FULL_TRANSITIVE(Optional.of(Perspective.BOTH), true);

  private final Optional<Perspective> perspective;
  private final boolean transitive;

  CompatibilityMode(Optional<Perspective> perspective, boolean transitive) {
    this.perspective = perspective;
    this.transitive = transitive;
  }

  /**
   * The diff perspective whose breaking changes violate this mode.
   *
   * @return the perspective, or empty for {@link #NONE}
   */
  public Optional<Perspective> perspective() {
    return perspective;
  }

  /**
   * Whether the candidate is compared with every version in the history rather than the latest.
   *
   * @return true for the {@code *_TRANSITIVE} modes
   */
  public boolean isTransitive() {
    return transitive;
  }
}
