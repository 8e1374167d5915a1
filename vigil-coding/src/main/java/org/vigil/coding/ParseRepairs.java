package org.vigil.coding;

import java.util.List;
import java.util.function.Predicate;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * The REPAIR phase: named rewrites of known parser errors, applied in a fixed order to a sentence's enhanced++
 * edges. Each is a {@link CoderRule} that can be switched off; one that changes the parse is recorded on every
 * event of the sentence. Immutable and thread-safe.
 */
final class ParseRepairs {
  /** One named rewrite: returns the same list when it finds nothing to repair. */
  interface Repair {
    List<Dependency> apply(Sentence s, List<Dependency> deps);
  }

  private record Named(CoderRule rule, Repair repair) {}

  private final List<Named> repairs;
  private final Predicate<String> frameVerb;

  /** As below, without rule headline-verbs' frame lemmas. */
  ParseRepairs(Predicate<String> controlVerb, WordLists words) {
    this(controlVerb, words, w -> false);
  }

  /**
   * The repairs in order; {@code controlVerb} tells which verb lemmas take a "to" complement, {@code words} gives
   * the lists days and reporting-verbs, {@code frameVerb} which lemmas have a verb frame (rule headline-verbs).
   */
  ParseRepairs(Predicate<String> controlVerb, WordLists words, Predicate<String> frameVerb) {
    this.frameVerb = frameVerb;
    java.util.Set<String> days = words.of("days");
    java.util.Set<String> reporting = words.of("reporting-verbs");
    repairs = List.of(
        new Named(CoderRule.DATE_SUBJECTS, (s, d) -> DateSubjects.repair(s, d, controlVerb, days)),
        new Named(CoderRule.REDUCED_RELATIVE_SUBJECTS, ReducedRelatives::subjectClauses),
        new Named(CoderRule.GARDEN_PATH_PARTICIPLES, ReducedRelatives::gardenPaths),
        new Named(CoderRule.LOOSE_PARTICIPLES, LooseParticiples::repair),
        new Named(CoderRule.REPORTED_PASSIVES, (s, d) -> ReportedClauses.passives(s, d, reporting)),
        new Named(CoderRule.REPORTED_PRONOUN_SUBJECTS, (s, d) -> ReportedClauses.pronounSubjects(s, d, reporting)));
  }

  /** The sentence with a present-tense headline verb the tagger read as a noun made a verb (headline-verbs). */
  Sentence retag(Sentence s, RuleTrace trace) {
    if (!trace.on(CoderRule.HEADLINE_VERBS)) {
      return s;
    }
    Sentence out = HeadlineVerbs.repair(s, frameVerb);
    if (out != s) {
      trace.firedOnSentence(CoderRule.HEADLINE_VERBS);
    }
    return out;
  }

  /** The sentence's edges after every repair that is on; those that changed them are recorded in {@code trace}. */
  List<Dependency> apply(Sentence s, RuleTrace trace) {
    List<Dependency> deps = s.dependencies();
    for (Named r : repairs) {
      if (!trace.on(r.rule())) {
        continue;
      }
      List<Dependency> next = r.repair().apply(s, deps);
      if (next != deps && !next.equals(deps)) {
        trace.firedOnSentence(r.rule());
      }
      deps = next;
    }
    return deps;
  }
}
