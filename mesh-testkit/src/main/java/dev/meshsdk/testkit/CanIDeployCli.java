package dev.meshsdk.testkit;

import dev.meshsdk.testkit.internal.Cli;
import java.io.PrintStream;

/**
 * The command line of {@link CanIDeploy}, for CI scripts:
 *
 * <pre>
 * java -cp ... dev.meshsdk.testkit.CanIDeployCli \
 *     --contract new.odcs.yaml --expectations target/mesh-expectations \
 *     --product orders-product --port orders-port
 * </pre>
 *
 * <p>{@code --expectations} is a folder (read recursively for {@code *.json}) or one file, and may
 * be repeated. Prints the report and exits 0 when the contract can be deployed, 1 when it breaks a
 * consumer, 2 on bad arguments or unreadable files.
 */
public final class CanIDeployCli {
  /** Exit status when every consumer's expectations are met. */
  public static final int OK = 0;

  /** Exit status when the new contract breaks a consumer. */
  public static final int BROKEN = 1;

  /** Exit status for bad arguments or files that cannot be read. */
  public static final int USAGE = 2;

  private CanIDeployCli() {}

  /**
   * Runs the check and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the check without exiting: what {@link #main} does, for tests and embedding.
   *
   * @param args the arguments
   * @param out where the report goes
   * @param err where usage errors go
   * @return the exit status: {@link #OK}, {@link #BROKEN} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Cli.run(args, out, err);
  }
}
