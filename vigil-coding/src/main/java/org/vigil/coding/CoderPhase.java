package org.vigil.coding;

/**
 * The phases of the coder's one path, in order: {@code parse → repairs → candidates → roles (who → whom) → type
 * (patterns, classifier) → mode → guards → events}, then, after geocoding, the place conventions. Every
 * {@link CoderRule} belongs to one phase.
 */
public enum CoderPhase {
  /** Named rewrites of known parser errors, before anything is read from the parse. */
  REPAIR,
  /** Which tokens may carry an event: verb and event-noun frames, and the vetoes that drop a trigger. */
  CANDIDATES,
  /** Who acts on whom: the argument heads of a candidate and the actors they name. */
  ROLES,
  /** The CAMEO code: the frame's, shifted by control verbs and means, or a classifier's where no frame fires. */
  TYPE,
  /** Asserted, negated, hypothetical, future, historical or reported. */
  MODE,
  /** Precision guards: what is not a news event between two sides, whatever the frames say. */
  GUARD,
  /** Conventions applied after geocoding: the place of the act as target, the context's country. */
  PLACE
}
