package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {
  @Test
  void handsResultsOverInInputOrderWhateverOrderWorkersFinish() {
    List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    new OrderedWorkers<Integer, Integer>(3, i -> {
      sleep(i % 3 == 0 ? 5 : 0);
      return i * 10;
    }).run(inputs.iterator(), seen::add);
    assertThat(seen).isEqualTo(inputs.stream().map(i -> i * 10).toList());
  }

  @Test
  void keepsAtMostTwiceTheWorkersInFlight() {
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    List<Integer> aheadWhenTaken = new ArrayList<>();
    var inputs = IntStream.range(0, 30).boxed().map(i -> {
      aheadWhenTaken.add(taken.incrementAndGet() - delivered.get());
      return i;
    }).iterator();
    new OrderedWorkers<Integer, Integer>(2, i -> i).run(inputs, i -> delivered.incrementAndGet());
    assertThat(delivered.get()).isEqualTo(30);
    assertThat(aheadWhenTaken).allMatch(n -> n <= 4 + 1);
  }

  @Test
  void usesSeveralThreads() {
    var threads = ConcurrentHashMap.<String>newKeySet();
    new OrderedWorkers<Integer, Integer>(2, i -> {
      threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
      sleep(10);
      return i;
    }).run(IntStream.range(0, 8).boxed().iterator(), i -> { });
    assertThat(threads).hasSize(2);
  }

  @Test
  void rethrowsTheFunctionsOwnException() {
    var workers = new OrderedWorkers<Integer, Integer>(2, i -> {
      if (i == 3) {
        throw new IllegalArgumentException("bad item 3");
      }
      return i;
    });
    assertThatThrownBy(() -> workers.run(IntStream.range(0, 6).boxed().iterator(), i -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 3");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
