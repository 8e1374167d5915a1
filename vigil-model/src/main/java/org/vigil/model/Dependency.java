package org.vigil.model;

/**
 * A Universal Dependencies edge between two tokens of one sentence. The root edge has governor -1.
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation relation name including subtype, e.g. "nsubj", "obl:against", "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {}
