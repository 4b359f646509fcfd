package dev.meshsdk.kafka.internal;

import dev.meshsdk.core.publish.SinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.jspecify.annotations.Nullable;

/**
 * Sends one batch of records and reports all or nothing from the caller's view: every record
 * acknowledged, or a {@link SinkException}.
 *
 * <p>Without a transactional id the batch is sent, the producer flushed, and every send checked; a
 * failure of any record fails the batch, though records of it the broker acknowledged stay on the
 * topic. With one, the batch is one transaction: committed, or aborted so that {@code
 * read_committed} consumers see none of it. A fatal producer error (fenced, out of order,
 * unauthorised) closes the producer; later writes fail at once with the first cause named.
 */
public final class BatchProducer implements AutoCloseable {
  private final Producer<byte[], byte[]> producer;
  private final boolean transactional;
  private final String name;
  private final Object transactionLock = new Object();
  private volatile @Nullable String broken;

  /**
   * Creates the producer from its configuration and, when transactional, initialises transactions
   * (which blocks until the broker answers, at most {@code max.block.ms}).
   *
   * @param name the sink's name for messages, such as {@code Kafka sink for topic 'orders'}
   * @param config the producer configuration
   * @param factory makes the producer from the configuration
   */
  public BatchProducer(
      String name,
      Map<String, Object> config,
      Function<Map<String, Object>, Producer<byte[], byte[]>> factory) {
    this.name = name;
    this.transactional = config.get("transactional.id") != null;
    Producer<byte[], byte[]> p;
    try {
      p = factory.apply(Map.copyOf(config));
    } catch (RuntimeException e) {
      throw new SinkException(name + ": cannot create the Kafka producer: " + describe(e), e);
    }
    this.producer = p;
    if (transactional) {
      try {
        producer.initTransactions();
      } catch (RuntimeException e) {
        producer.close();
        throw new SinkException(
            name + ": cannot initialise transactions: " + describe(e) + "; the sink is not usable",
            e);
      }
    }
  }

  /**
   * Whether batches are transactions.
   *
   * @return true with a transactional id
   */
  public boolean transactional() {
    return transactional;
  }

  /**
   * Sends a batch, all or nothing from the caller's view.
   *
   * @param records the records, not empty
   * @throws SinkException if any record was not acknowledged
   */
  public void send(List<ProducerRecord<byte[], byte[]>> records) {
    String why = broken;
    if (why != null) {
      throw new SinkException(
          name
              + ": the producer was closed after a fatal error ("
              + why
              + "); nothing of the batch of "
              + records.size()
              + " was sent; build a new sink");
    }
    if (transactional) {
      synchronized (transactionLock) {
        sendTransaction(records);
      }
    } else {
      sendIdempotent(records);
    }
  }

  private void sendIdempotent(List<ProducerRecord<byte[], byte[]>> records) {
    List<Future<RecordMetadata>> futures = new ArrayList<>(records.size());
    RuntimeException thrown = null;
    try {
      for (ProducerRecord<byte[], byte[]> r : records) {
        futures.add(producer.send(r));
      }
    } catch (RuntimeException e) {
      thrown = e;
    }
    try {
      producer.flush();
    } catch (RuntimeException e) {
      if (thrown == null) {
        thrown = e;
      }
    }
    int failed = records.size() - futures.size();
    Throwable first = thrown;
    for (Future<RecordMetadata> f : futures) {
      Throwable cause = outcome(f);
      if (cause != null) {
        failed++;
        if (first == null) {
          first = cause;
        }
      }
    }
    if (first != null) {
      noteFatal(first);
      throw new SinkException(
          name
              + ": "
              + failed
              + " of the batch of "
              + records.size()
              + " records were not acknowledged ("
              + describe(first)
              + "). The batch failed and counts as not written, but without transactions the"
              + " records of it the broker did acknowledge stay on the topic: a retry of the"
              + " batch may write those twice. Set a transactional id to make batches atomic.",
          first);
    }
  }

  private void sendTransaction(List<ProducerRecord<byte[], byte[]>> records) {
    List<Future<RecordMetadata>> futures = new ArrayList<>(records.size());
    try {
      producer.beginTransaction();
      for (ProducerRecord<byte[], byte[]> r : records) {
        try {
          futures.add(producer.send(r));
        } catch (RuntimeException e) {
          // After a failed send the producer refuses the rest ("error state"): name the first
          // send's failure, which is the cause.
          Throwable earlier = firstFailure(futures);
          if (earlier != null) {
            earlier.addSuppressed(e);
            throw new TransactionFailed(earlier);
          }
          throw e;
        }
      }
      producer.flush();
      for (Future<RecordMetadata> f : futures) {
        Throwable cause = outcome(f);
        if (cause != null) {
          throw new TransactionFailed(cause);
        }
      }
      producer.commitTransaction();
    } catch (RuntimeException e) {
      Throwable cause = e instanceof TransactionFailed t ? t.getCause() : e;
      if (cause == null) {
        cause = e;
      }
      String aborted = abort(cause);
      throw new SinkException(
          name
              + ": the transaction of a batch of "
              + records.size()
              + " records failed ("
              + describe(cause)
              + "); "
              + aborted,
          cause);
    }
  }

  /** Carries a send's failure out of the transaction block. */
  private static final class TransactionFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransactionFailed(Throwable cause) {
      super(cause);
    }
  }

  private String abort(Throwable cause) {
    if (isFatal(cause)) {
      noteFatal(cause);
      return "the producer hit a fatal error and was closed: the transaction cannot commit, so"
          + " read_committed consumers see nothing of the batch";
    }
    try {
      producer.abortTransaction();
      return "the transaction was aborted: read_committed consumers see nothing of the batch";
    } catch (RuntimeException e) {
      noteFatal(e, true);
      return "aborting failed too ("
          + describe(e)
          + ") and the producer was closed; the broker aborts the open transaction when it times"
          + " out, so read_committed consumers never see the batch";
    }
  }

  private static boolean isFatal(Throwable t) {
    return t instanceof ProducerFencedException
        || t instanceof OutOfOrderSequenceException
        || t instanceof AuthorizationException
        || t instanceof UnsupportedVersionException;
  }

  private void noteFatal(Throwable t) {
    noteFatal(t, isFatal(t));
  }

  private void noteFatal(Throwable t, boolean fatal) {
    if (!fatal || broken != null) {
      return;
    }
    broken = describe(t);
    try {
      producer.close(java.time.Duration.ZERO);
    } catch (RuntimeException ignored) {
      // closing a broken producer is best effort
    }
  }

  private static @Nullable Throwable firstFailure(List<Future<RecordMetadata>> futures) {
    for (Future<RecordMetadata> f : futures) {
      if (f.isDone()) {
        Throwable cause = outcome(f);
        if (cause != null) {
          return cause;
        }
      }
    }
    return null;
  }

  private static @Nullable Throwable outcome(Future<RecordMetadata> f) {
    try {
      f.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() == null ? e : e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new InterruptException(e);
    }
  }

  /**
   * An exception's type and message, for a sink's message (Kafka's messages name topics, partitions
   * and sizes, never record values).
   *
   * @param t the exception
   * @return the text
   */
  public static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** Closes the producer, waiting for records in flight to complete. */
  @Override
  public void close() {
    producer.close();
  }
}
