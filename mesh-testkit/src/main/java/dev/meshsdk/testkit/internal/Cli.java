package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.testkit.CanIDeploy;
import dev.meshsdk.testkit.CanIDeployCli;
import dev.meshsdk.testkit.DeployReport;
import dev.meshsdk.testkit.Expectations;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The argument handling of {@link CanIDeployCli}. */
public final class Cli {
  private static final String USAGE =
      "usage: CanIDeployCli --contract <new.odcs.yaml> --expectations <folder-or-file>..."
          + " --product <product-id> --port <port>";

  private Cli() {}

  /**
   * Parses the arguments, runs the check and prints the report.
   *
   * @param args the arguments
   * @param out where the report goes
   * @param err where errors go
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String contract = null;
    String product = null;
    String port = null;
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE);
        return CanIDeployCli.OK;
      }
      if (i + 1 >= args.length) {
        err.println("missing value after " + a);
        err.println(USAGE);
        return CanIDeployCli.USAGE;
      }
      String v = args[++i];
      switch (a) {
        case "--contract" -> contract = v;
        case "--expectations" -> sources.add(v);
        case "--product" -> product = v;
        case "--port" -> port = v;
        default -> {
          err.println("unknown option " + a);
          err.println(USAGE);
          return CanIDeployCli.USAGE;
        }
      }
    }
    if (contract == null || product == null || port == null || sources.isEmpty()) {
      err.println(
          "missing "
              + (contract == null
                  ? "--contract"
                  : product == null ? "--product" : port == null ? "--port" : "--expectations"));
      err.println(USAGE);
      return CanIDeployCli.USAGE;
    }
    try {
      DataContract c = DataContracts.read(Path.of(contract));
      List<Expectations> all = ExpectationSources.load(sources, Cli.class.getClassLoader());
      DeployReport report = CanIDeploy.check(c, product, port, all);
      out.println(report.describe());
      return report.canDeploy() ? CanIDeployCli.OK : CanIDeployCli.BROKEN;
    } catch (MeshException e) {
      err.println("error: " + e.getMessage());
      return CanIDeployCli.USAGE;
    }
  }
}
