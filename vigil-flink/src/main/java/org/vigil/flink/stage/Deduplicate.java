package org.vigil.flink.stage;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.vigil.model.Article;
import org.vigil.store.ContentHash;

/**
 * Keyed by article id: drops an article whose content the job has seen under that id (so none is annotated
 * twice), and numbers a changed article's versions as the store does. The state is checkpointed, so a restart
 * neither forgets nor double-counts. Counts duplicates in the accumulator {@value #DUPLICATES}.
 */
public final class Deduplicate extends KeyedProcessFunction<String, Article, Versioned<Article>> {
  public static final String DUPLICATES = "vigil-duplicates";
  private transient ValueState<String> hash;
  private transient ValueState<Integer> version;

  @Override
  public void open(OpenContext context) {
    hash = getRuntimeContext().getState(new ValueStateDescriptor<>("content-hash", Types.STRING));
    version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.INT));
  }

  @Override
  public void processElement(Article a, Context ctx, Collector<Versioned<Article>> out) throws Exception {
    String h = ContentHash.of(a);
    if (h.equals(hash.value())) {
      getRuntimeContext().getLongCounter(DUPLICATES).add(1);
      return;
    }
    int v = version.value() == null ? 1 : version.value() + 1;
    hash.update(h);
    version.update(v);
    out.collect(new Versioned<>(a, v, System.currentTimeMillis()));
  }
}
