package org.vigil.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One side of a dyad as a SQL condition with bound parameters: a country code or actor id, counted at one of
 * three levels. {@code actor}: that named actor only; {@code country}: the country's actors and unnamed
 * state and society (an actor id stands for itself and its umbrella groups' members); {@code sponsor}: also
 * every group that rolls up to the code (groups a state backs). Immutable.
 */
public final class DyadSide {
  /** How far a side reaches. */
  public enum RollUp { ACTOR, COUNTRY, SPONSOR }

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private final String code;
  private final RollUp rollUp;
  private final Set<String> actorIds;

  private DyadSide(String code, RollUp rollUp, Set<String> actorIds) {
    this.code = code;
    this.rollUp = rollUp;
    this.actorIds = Set.copyOf(actorIds);
  }

  /** True when {@code code} could be a country code or an actor id (letters, digits, '.', '_', '-'). */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** A side for {@code code} at {@code rollUp}, using {@code hierarchy} for the sponsor level. */
  public static DyadSide of(String code, RollUp rollUp, ActorHierarchy hierarchy) {
    if (!isCode(code)) {
      throw new IllegalArgumentException("not a country code or actor id: '" + code + "'");
    }
    Objects.requireNonNull(rollUp, "rollUp");
    Set<String> ids = new TreeSet<>(Set.of(code));
    if (rollUp != RollUp.ACTOR && !isCountry(code)) {
      ids.addAll(hierarchy.members(code));
    }
    if (rollUp == RollUp.SPONSOR) {
      for (String backed : hierarchy.sponsored(code)) {
        ids.add(backed);
        if (!isCountry(backed)) {
          ids.addAll(hierarchy.members(backed));
        }
      }
    }
    return new DyadSide(code, rollUp, ids);
  }

  /** Country and IGO codes are upper case; actor ids lower case. A country's own actors carry its code. */
  static boolean isCountry(String code) {
    return code.equals(code.toUpperCase(Locale.ROOT));
  }

  public String code() {
    return code;
  }

  public RollUp rollUp() {
    return rollUp;
  }

  /** The actor ids this side counts. */
  public Set<String> actorIds() {
    return actorIds;
  }

  /** The condition on the {@code prefix} side ("src" or "tgt") of an events row; adds its parameters. */
  public String predicate(String prefix, List<Object> params) {
    List<String> ors = new ArrayList<>();
    if (rollUp != RollUp.ACTOR) {
      ors.add(prefix + "_country = ?");
      params.add(code.toUpperCase(Locale.ROOT));
    }
    ors.add(prefix + "_actor IN (" + String.join(", ", actorIds.stream().map(i -> "?").toList()) + ")");
    params.addAll(actorIds.stream().sorted().toList());
    return "(" + String.join(" OR ", ors) + ")";
  }

  /** Events between {@code a} and {@code b}, either direction; adds the parameters. */
  public static String pair(DyadSide a, DyadSide b, List<Object> params) {
    String ab = a.predicate("src", params) + " AND " + b.predicate("tgt", params);
    String ba = b.predicate("src", params) + " AND " + a.predicate("tgt", params);
    return "((" + ab + ") OR (" + ba + "))";
  }

  @Override
  public String toString() {
    return code + " (" + rollUp.name().toLowerCase(Locale.ROOT) + ")";
  }
}
