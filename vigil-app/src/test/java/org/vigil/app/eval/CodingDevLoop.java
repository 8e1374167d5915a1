package org.vigil.app.eval;

import java.nio.file.Path;
import java.util.Optional;
import org.vigil.coding.PatternEventCoder;
import org.vigil.nlp.corenlp.CoreNlpAnnotator;
import org.vigil.nlp.corenlp.CoreNlpConfig;
import org.vigil.gold.GoldSentence;

/** Developer loop: scores gold files with the coder over cached annotations. Not a test. */
public final class CodingDevLoop {
  private CodingDevLoop() {}

  private static org.vigil.model.ActorResolver resolver() {
    try {
      Class<?> kb = Class.forName("org.vigil.actors.ActorKnowledgeBase");
      Object base = kb.getMethod("loadDefault", java.util.List.class).invoke(null, java.util.List.of());
      System.err.println("using the actor knowledge base");
      return (org.vigil.model.ActorResolver) kb.getMethod("resolver").invoke(base);
    } catch (ReflectiveOperationException e) {
      System.err.println("using the stand-in resolver: " + e);
      return new StandInResolver();
    }
  }

  private static String word(org.vigil.model.Sentence s, int i) {
    return i < 0 ? "ROOT" : s.tokens().get(i).word() + "-" + i + "/" + s.tokens().get(i).pos();
  }

  public static void main(String[] args) {
    PatternEventCoder coder = PatternEventCoder.loadDefault(resolver());
    CoreNlpAnnotator[] nlp = new CoreNlpAnnotator[1];
    Evaluator ev = new Evaluator(a -> {
      if (nlp[0] == null) {
        nlp[0] = new CoreNlpAnnotator(CoreNlpConfig.defaults(), t -> true);
      }
      return nlp[0].annotate(a);
    }, coder::code, Optional.of(new AnnotationCache(Path.of("target/annotation-cache"))), "dev");
    if (args[0].equals("--article")) {
      org.vigil.model.Article art = new org.vigil.ingest.SeedArticleReader(java.util.Optional.empty())
          .read(Path.of(args[1])).article();
      org.vigil.model.AnnotatedArticle a = new AnnotationCache(Path.of("target/annotation-cache"))
          .get(art, "dev", x -> {
            if (nlp[0] == null) {
              nlp[0] = new CoreNlpAnnotator(CoreNlpConfig.defaults(), coder::mayHoldEvent);
            }
            return nlp[0].annotate(x);
          });
      for (org.vigil.model.Sentence s : a.sentences()) {
        System.out.println(s.index() + (s.heading() ? " H " : s.parsed() ? " P " : " - ") + s.text());
        if (args.length > 2 && args[2].equals(String.valueOf(s.index()))) {
          for (org.vigil.model.Dependency d : s.dependencies()) {
            System.out.println("  " + d.relation() + "(" + word(s, d.governor()) + ", " + word(s, d.dependent()) + ")");
          }
        }
      }
      a.coref().forEach(c -> System.out.println("coref " + c.representative().text() + " <- "
          + c.mentions().stream().map(m -> m.sentence() + ":" + m.text()).toList()));
      coder.code(a).forEach(e -> System.out.println("  => s" + e.sentence() + " " + e.source().cameoCode() + " " + e.source().text() + " -> "
          + (e.target() == null ? "null" : e.target().cameoCode() + " " + e.target().text()) + " " + e.code().code()
          + " " + e.mode() + " " + e.pattern() + " fat=" + e.fatalities() + " date=" + e.date()));
      return;
    }
    if (args[0].equals("--bench")) {
      java.util.List<org.vigil.model.AnnotatedArticle> all = new java.util.ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        for (GoldSentence g : GoldFile.read(Path.of(args[i]), java.time.LocalDate.of(2015, 1, 1)).sentences()) {
          all.add(ev.annotate(g));
        }
      }
      CodingBenchmark.Result r = CodingBenchmark.run(coder, all, 10);
      System.out.printf("%d sentences in %.1f s = %.0f sentences/s, %.0f per CPU-second (%d events/pass)%n",
          r.sentences(), r.seconds(), r.sentencesPerSecond(), r.sentencesPerCpuSecond(), r.events());
      return;
    }
    if (args[0].equals("--show")) {
      for (GoldSentence g : GoldFile.read(Path.of(args[1]), java.time.LocalDate.of(2015, 1, 1)).sentences()) {
        if (java.util.Arrays.asList(args).subList(2, args.length).contains(g.id())) {
          org.vigil.model.AnnotatedArticle a = ev.annotate(g);
          for (org.vigil.model.Sentence s : a.sentences()) {
            System.out.println(s.text());
            s.times().forEach(t -> System.out.println("  time " + t));
            for (org.vigil.model.Dependency d : s.dependencies()) {
              System.out.println("  " + d.relation() + "(" + word(s, d.governor()) + ", " + word(s, d.dependent()) + ")");
            }
          }
          coder.code(a).forEach(e -> System.out.println("  => " + e.source().cameoCode() + " " + e.source().text() + " -> "
              + (e.target() == null ? "null" : e.target().cameoCode() + " " + e.target().text()) + " " + e.code().code()
              + " " + e.mode() + " " + e.pattern() + " fat=" + e.fatalities() + " date=" + e.date()));
        }
      }
      return;
    }
    for (String f : args) {
      EvalReport r = ev.evaluate(Path.of(f));
      System.out.print(r.toText());
      r.differences().forEach(d -> System.out.println("  " + d));
    }
  }
}
