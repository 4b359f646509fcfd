package dev.meshsdk.contracts;

/**
 * What happened to a part of a contract between two versions (see {@link Change#kind()}).
 *
 * <p>The kind describes the change; whether it breaks anyone is the {@link ChangeSeverity}, which
 * also depends on the {@link Perspective}.
 */
public enum ChangeKind {
  /** Something is there that was not: a schema object, a property, a rule, a value. */
  ADDED,
  /** Something that was there is gone. */
  REMOVED,
  /** A constraint now accepts less data than before (a lower maximum, a new required field). */
  TIGHTENED,
  /** A constraint now accepts more data than before (a higher maximum, an optional field). */
  LOOSENED,
  /** A value changed in a way that is neither a tightening nor a loosening. */
  CHANGED
}
