package org.vigil.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a sequence on {@code workers} threads and hands the results to a consumer on the calling
 * thread in input order. At most {@code 2 × workers} items are in flight, so a long input never piles up in
 * memory: the queue is bounded and the caller waits for the oldest item before taking a new one. Use once per
 * run; the function must be thread-safe.
 *
 * @param <I> input type
 * @param <O> result type
 */
public final class OrderedWorkers<I, O> {
  private final int workers;
  private final Function<I, O> function;

  public OrderedWorkers(int workers, Function<I, O> function) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1: " + workers);
    }
    this.workers = workers;
    this.function = Objects.requireNonNull(function, "function");
  }

  /**
   * Runs the function over {@code inputs}; {@code sink} sees each result in input order. A function that throws
   * stops the run and its exception is rethrown here (the caller decides per item by catching inside the
   * function).
   */
  public void run(Iterator<I> inputs, Consumer<O> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "vigil-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<O>> inFlight = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        if (inFlight.size() >= 2 * workers) {
          sink.accept(await(inFlight.removeFirst()));
        }
        I in = inputs.next();
        inFlight.addLast(pool.submit(() -> function.apply(in)));
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
