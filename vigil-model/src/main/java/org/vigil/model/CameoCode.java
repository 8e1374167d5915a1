package org.vigil.model;

import java.util.Objects;

/**
 * A CAMEO event code with its ontology attributes.
 *
 * @param code 2-, 3- or 4-digit CAMEO code, e.g. "0871"
 * @param label short label
 * @param goldstein Goldstein scale value, -10..10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover PLOVER event type, e.g. "CONCEDE"
 * @param ploverMode PLOVER mode or "" when none
 * @param ploverContext PLOVER context or "" when none
 */
public record CameoCode(
    String code,
    String label,
    double goldstein,
    int quadClass,
    String plover,
    String ploverMode,
    String ploverContext) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein out of range for " + code + ": " + goldstein);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass out of range for " + code + ": " + quadClass);
    }
  }

  /** The 2-digit root, e.g. "08" for "0871". */
  public String root() {
    return code.substring(0, 2);
  }
}
