package org.vigil.flink.stage;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.vigil.model.CodedArticle;
import org.vigil.store.incident.EventFact;
import org.vigil.store.incident.EventFacts;
import org.vigil.store.incident.Incident;
import org.vigil.store.incident.IncidentMerger;
import org.vigil.store.incident.MergeSettings;

/**
 * Incident merging on keyed state, with vigil-store's {@link IncidentMerger}. The key is the country dyad and
 * the root (roots 18-20 form one key, as the merger links an attack with its casualty report); within a key,
 * event-time session windows on the event date with a gap of {@code maxDays + 1} days hold the facts: reports
 * more than {@code maxDays} apart never link, so no incident spans two sessions, and merging each session gives
 * exactly the incidents the store's merger finds over the whole dyad.
 */
public final class IncidentWindows {
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
  /** Facts that came after their session had closed (later than the allowed out-of-orderness). */
  public static final OutputTag<EventFact> LATE = new OutputTag<>("late-facts") {};

  private IncidentWindows() {}

  /**
   * The incidents of the events in {@code coded}, emitted when the watermark passes their session: at the end
   * for a bounded input ({@code outOfOrder} empty: no watermarks until then, so no fact is ever late), else
   * {@code outOfOrder} after the newest event date seen (older facts go to {@link #LATE}).
   */
  public static SingleOutputStreamOperator<Incident> of(DataStream<Versioned<CodedArticle>> coded,
      MergeSettings settings, java.util.Optional<Duration> outOfOrder) {
    return coded
        .flatMap((Versioned<CodedArticle> c, Collector<EventFact> out) -> EventFacts.of(c.value(), c.version(),
            java.time.Instant.ofEpochMilli(c.seenMillis())).forEach(out::collect))
        .returns(EventFact.class).name("incident facts")
        .assignTimestampsAndWatermarks(outOfOrder
            .map(d -> WatermarkStrategy.<EventFact>forBoundedOutOfOrderness(d).withIdleness(Duration.ofMinutes(1)))
            .orElseGet(WatermarkStrategy::noWatermarks)
            .withTimestampAssigner((f, ts) -> epochMillis(f.date())))
        .keyBy(IncidentWindows::key)
        .window(EventTimeSessionWindows.withGap(Duration.ofDays(settings.maxDays() + 1L)))
        .sideOutputLateData(LATE)
        .process(new Merge(settings)).name("merge incidents");
  }

  /** Dyad and root group: the blocks within which reports can merge. */
  static String key(EventFact f) {
    return f.dyad() + "|" + (ATTACK_ROOTS.contains(f.root()) ? "18-20" : f.root());
  }

  private static long epochMillis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** Merges one session's facts. */
  private static final class Merge extends ProcessWindowFunction<EventFact, Incident, String, TimeWindow> {
    private final int maxDays;
    private final double maxKm;
    private final int maxSpanDays;

    Merge(MergeSettings settings) {
      this.maxDays = settings.maxDays();
      this.maxKm = settings.maxKm();
      this.maxSpanDays = settings.maxSpanDays();
    }

    @Override
    public void process(String key, Context ctx, Iterable<EventFact> facts, Collector<Incident> out) {
      List<EventFact> all = new ArrayList<>();
      facts.forEach(all::add);
      new IncidentMerger(new MergeSettings(maxDays, maxKm, maxSpanDays)).merge(all).forEach(out::collect);
    }
  }
}
