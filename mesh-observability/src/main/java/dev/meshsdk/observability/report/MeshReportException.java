package dev.meshsdk.observability.report;

import dev.meshsdk.contracts.MeshException;

/** The mesh report could not be written: the output folder or a page file is not writable. */
public final class MeshReportException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the file
   * @param cause the underlying I/O failure
   */
  public MeshReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
