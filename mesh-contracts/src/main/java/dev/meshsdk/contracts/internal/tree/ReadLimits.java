package dev.meshsdk.contracts.internal.tree;

/**
 * The hard limits a document is read under. Contracts are small; anything past these is refused
 * before it can cost time or memory.
 *
 * @param maxChars the largest document, in characters
 * @param maxDepth the deepest nesting of mappings and sequences
 * @param maxNodes the most nodes, counted with aliases expanded (stops "billion laughs")
 * @param maxAliases the most aliases in one document
 */
public record ReadLimits(int maxChars, int maxDepth, long maxNodes, int maxAliases) {
  /** 4 Mi characters, depth 128, 500,000 nodes, 1,000 aliases. */
  public static final ReadLimits DEFAULT = new ReadLimits(4 * 1024 * 1024, 128, 500_000, 1_000);
}
