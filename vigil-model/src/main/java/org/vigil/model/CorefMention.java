package org.vigil.model;

/**
 * One mention in a coreference chain: tokens {@code [start, end)} of sentence {@code sentence} with head token
 * {@code head}.
 */
public record CorefMention(int sentence, int start, int end, int head, String text) {}
