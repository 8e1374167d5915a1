package org.vigil.actors;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates the project's actor files and users' own ({@code vigil actors check}): prints each problem as
 * {@code file:line: reason}, or a summary of entry counts when all is well. Stateless.
 */
public final class ActorFileCheck {
  private ActorFileCheck() {}

  /** Runs the check; returns the process exit code (0 clean, 1 problems found). */
  public static int run(List<Path> userDirs, PrintStream out, PrintStream err) {
    List<ActorFileException> problems = ActorKnowledgeBase.check(userDirs);
    for (ActorFileException p : problems) {
      err.println(p.getMessage());
    }
    if (!problems.isEmpty()) {
      err.println(problems.size() + " problem(s) in the actor files");
      return 1;
    }
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(userDirs);
    Map<String, Integer> counts = kb.counts();
    out.println("actor files OK (version " + kb.version() + "): " + counts);
    return 0;
  }

  public static void main(String[] args) {
    List<Path> dirs = new ArrayList<>();
    for (String a : args) {
      dirs.add(Path.of(a));
    }
    System.exit(run(dirs, System.out, System.err));
  }
}
