package org.vigil.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Annotator;
import org.vigil.model.Article;
import org.vigil.model.Sentence;
import org.vigil.model.Token;
import org.vigil.nlp.DefiniteDescriptionLinker;
import org.vigil.nlp.HeadingDetector;

/**
 * Annotates articles with Stanford CoreNLP in two passes: tokenize, ssplit, pos and lemma over the whole text;
 * then, over sentences that are not headings, NER (the 4-class CoNLL model alone: no fine-grained KBP
 * gazetteer, no numeric classifiers), SUTime only where a temporal cue word occurs, and the enhanced++
 * dependency parse only where the event pre-filter accepts the sentence. Models
 * load once in the constructor. Thread-safe: one instance serves all worker threads.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final StanfordCoreNLP shallow;
  private final StanfordCoreNLP ner;
  private final EnhancedParser parser;
  private final SuTimeTagger times = new SuTimeTagger();
  private final Predicate<List<Token>> mayHoldEvent;
  private final HeadingDetector headings = new HeadingDetector();
  private final DefiniteDescriptionLinker linker = new DefiniteDescriptionLinker();

  /**
   * @param config stage settings
   * @param mayHoldEvent pre-filter over POS-tagged tokens; sentences it rejects get NER but no parse
   */
  public CoreNlpAnnotator(CoreNlpConfig config, Predicate<List<Token>> mayHoldEvent) {
    this.mayHoldEvent = Objects.requireNonNull(mayHoldEvent, "mayHoldEvent");
    this.shallow = new StanfordCoreNLP(shallowProps(config), false);
    this.ner = new StanfordCoreNLP(deepProps(config, "ner"), false);
    this.parser = config.parse() ? new EnhancedParser() : null;
  }

  static Properties shallowProps(CoreNlpConfig c) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
        + "normalizeOtherBrackets=false,splitHyphenated=true");
    p.setProperty("threads", Integer.toString(c.threads()));
    return p;
  }

  private static Properties deepProps(CoreNlpConfig c, String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("threads", Integer.toString(c.threads()));
    return p;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    shallow.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Map<CoreMap, Boolean> headingOf = new IdentityHashMap<>();
    Map<CoreMap, Boolean> parseOf = new IdentityHashMap<>();
    List<CoreMap> selected = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    for (CoreMap s : all) {
      List<Token> shallowTokens = CoreNlpConversion.tokens(s);
      boolean heading = headings.isHeading(article.text(), shallowTokens);
      boolean parse = !heading && mayHoldEvent.test(shallowTokens);
      headingOf.put(s, heading);
      parseOf.put(s, parse);
      if (!heading) {
        selected.add(s);
      }
      if (parse) {
        toParse.add(s);
      }
    }
    if (!selected.isEmpty()) {
      Annotation sub = new Annotation(article.text());
      sub.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
      sub.set(CoreAnnotations.TokensAnnotation.class, tokensOf(selected));
      sub.set(CoreAnnotations.SentencesAnnotation.class, selected);
      annotateDeep(sub, toParse);
    }
    List<Sentence> sentences = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      CoreMap s = all.get(i);
      sentences.add(CoreNlpConversion.sentence(i, article.text(), s,
          parseOf.get(s), headingOf.get(s)));
    }
    return new AnnotatedArticle(article, sentences, linker.link(sentences));
  }

  /**
   * NER over all selected sentences (actor and place finding read it everywhere); dates and the parse only over
   * those that may hold an event, the only ones the coder reads dates from.
   */
  private void annotateDeep(Annotation sub, List<CoreMap> toParse) {
    ner.annotate(sub);
    String docDate = sub.get(CoreAnnotations.DocDateAnnotation.class);
    for (CoreMap s : toParse) {
      times.tag(s, docDate);
      if (parser != null) {
        parser.parse(s);
      }
    }
  }

  private static List<CoreLabel> tokensOf(List<CoreMap> sentences) {
    List<CoreLabel> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      out.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    return out;
  }
}
