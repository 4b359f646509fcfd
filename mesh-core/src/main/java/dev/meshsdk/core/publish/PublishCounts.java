package dev.meshsdk.core.publish;

import dev.meshsdk.core.publish.internal.Args;

/**
 * How the records offered in one publish call ended up. Every offered record is counted exactly
 * once: {@code offered() == written + rejected + failed}.
 *
 * @param written records the sink accepted (under {@link InvalidDataPolicy#WARN} this includes
 *     invalid ones)
 * @param rejected records that reached the dead-letter sink
 * @param failed records neither written nor dead-lettered because a sink or the dead-letter sink
 *     failed; the caller still holds them and may publish them again
 */
public record PublishCounts(int written, int rejected, int failed) {
  /**
   * Checks the components.
   *
   * @param written records written, not negative
   * @param rejected records dead-lettered, not negative
   * @param failed records lost to a sink failure, not negative
   */
  public PublishCounts {
    Args.notNegative(written, "PublishCounts.written");
    Args.notNegative(rejected, "PublishCounts.rejected");
    Args.notNegative(failed, "PublishCounts.failed");
  }

  /**
   * How many records the call offered.
   *
   * @return {@code written + rejected + failed}
   */
  public int offered() {
    return written + rejected + failed;
  }
}
