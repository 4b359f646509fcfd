package dev.meshsdk.contracts;

/** How much a {@link Change} matters, in the perspective the diff was made in. */
public enum ChangeSeverity {
  /** Breaks someone: a CI gate fails on it. */
  BREAKING,
  /** Does not break the contract's guarantees but deserves a look (a physical name, a role). */
  WARNING,
  /** Informational: documentation, metadata, compatible additions. */
  INFO
}
