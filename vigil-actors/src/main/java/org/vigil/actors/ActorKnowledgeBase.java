package org.vigil.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.model.ActorResolver;

/**
 * The actor knowledge base: countries (JDK ISO 3166 tables plus the project's demonyms, capitals and short
 * names), organisations, sector nouns and titles, named groups and people with dated roles, read from the
 * project's {@code *.actors} files and users' own, which replace ours entry by entry. Loads once, fails at
 * start-up on any malformed or inconsistent entry citing file:line; immutable and thread-safe afterwards.
 */
public final class ActorKnowledgeBase {
  private final Map<String, ActorEntry> entries;
  private final String version;
  private final ActorResolver resolver;
  private final int aliasKeys;

  private ActorKnowledgeBase(Map<String, ActorEntry> entries, AliasIndex index, String version) {
    this.entries = entries;
    this.version = version;
    this.aliasKeys = index.size();
    this.resolver = new DictionaryActorResolver(this, index);
  }

  /**
   * Loads the project's actor files and every {@code *.actors} file in {@code userDirs}.
   *
   * @throws ActorFileException naming file:line of the first problem (with a count of the others)
   */
  public static ActorKnowledgeBase loadDefault(List<Path> userDirs) {
    Objects.requireNonNull(userDirs, "userDirs");
    Loaded loaded = Loaded.of(userDirs);
    List<ActorFileException> problems = new ArrayList<>(loaded.loader.ourProblems);
    problems.addAll(loaded.loader.userProblems);
    if (!problems.isEmpty()) {
      String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; run 'vigil actors check')" : "";
      throw new ActorFileException(problems.get(0).location(), problems.get(0).reason() + more);
    }
    return new ActorKnowledgeBase(loaded.entries, loaded.index, loaded.loader.version());
  }

  /** Every problem in the project's and users' files, without failing; empty when all is well. */
  public static List<ActorFileException> check(List<Path> userDirs) {
    Loaded loaded = Loaded.of(userDirs);
    List<ActorFileException> problems = new ArrayList<>(loaded.loader.ourProblems);
    problems.addAll(loaded.loader.userProblems);
    return problems;
  }

  /** The resolver over this knowledge base. */
  public ActorResolver resolver() {
    return resolver;
  }

  /** Content hash of the loaded files. */
  public String version() {
    return version;
  }

  public Optional<ActorEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public Collection<ActorEntry> entries() {
    return entries.values();
  }

  /** The umbrella group an actor belongs to ("part-of"), if any. */
  public Optional<String> partOf(String actorId) {
    return entry(actorId).map(ActorEntry::partOf);
  }

  /**
   * The first sponsor of an actor ("backed-by": a state code or group id), looking up its umbrella groups when
   * it has none of its own; for counting a dyad under the sponsor.
   */
  public Optional<String> sponsorOf(String actorId) {
    String id = actorId;
    for (int depth = 0; depth < 8 && id != null; depth++) {
      ActorEntry e = entries.get(id);
      if (e == null) {
        return Optional.empty();
      }
      if (!e.backedBy().isEmpty()) {
        return Optional.of(e.backedBy().get(0));
      }
      id = e.partOf();
    }
    return Optional.empty();
  }

  /**
   * The levels a dyad can be counted under, most specific first: the actor, its umbrella groups, its home
   * country, then its sponsor (e.g. kataib-hezbollah, popular-mobilization-forces, IRQ, IRN). Empty for an
   * unknown id.
   */
  public List<String> rollUp(String actorId) {
    ActorEntry e = entries.get(actorId);
    if (e == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(actorId);
    for (String up = e.partOf(); up != null && !out.contains(up) && out.size() < 8; ) {
      out.add(up);
      up = entry(up).map(ActorEntry::partOf).orElse(null);
    }
    if (e.country() != null && !out.contains(e.country())) {
      out.add(e.country());
    }
    sponsorOf(actorId).filter(s -> !out.contains(s)).ifPresent(out::add);
    return List.copyOf(out);
  }

  /** Number of entries of each kind, and of alias keys, for reports. */
  public Map<String, Integer> counts() {
    Map<ActorKind, Integer> byKind = new EnumMap<>(ActorKind.class);
    int roles = 0;
    for (ActorEntry e : entries.values()) {
      byKind.merge(e.kind(), 1, Integer::sum);
      roles += e.roles().size();
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    byKind.forEach((k, v) -> out.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
    out.put("roles", roles);
    out.put("alias-keys", aliasKeys);
    return out;
  }

  /** Files read, merged entries and their index, with every problem found. */
  private record Loaded(KnowledgeLoader loader, Map<String, ActorEntry> entries, AliasIndex index) {
    static Loaded of(List<Path> userDirs) {
      KnowledgeLoader loader = new KnowledgeLoader().load(userDirs);
      Map<String, ActorEntry> merged = new LinkedHashMap<>(loader.ours);
      loader.imported.forEach(merged::putIfAbsent);
      merged.putAll(loader.users);
      AliasIndex index = new AliasIndex();
      for (ActorEntry e : merged.values()) {
        index.add(e, loader.users.get(e.id()) == e ? AliasIndex.USER
            : KnowledgeLoader.isImported(e.source()) ? AliasIndex.IMPORTED : AliasIndex.OURS);
      }
      List<ActorFileException> problems = new KnowledgeValidator(merged).check(index.clashes());
      for (ActorFileException p : problems) {
        boolean user = loader.userFiles.stream().anyMatch(f -> p.location().startsWith(f + ":"));
        (user ? loader.userProblems : loader.ourProblems).add(p);
      }
      return new Loaded(loader, Map.copyOf(merged), index);
    }
  }
}
