package org.vigil.model;

import java.time.LocalDate;

/**
 * A normalised temporal expression of a sentence ("on Sunday" in an article of 2024-01-30 -> 2024-01-28).
 *
 * @param startToken first token (inclusive)
 * @param endToken last token (exclusive)
 * @param text surface text
 * @param value the normalised TIMEX value, e.g. "2024-01-28", "2024-W05", "PAST_REF"
 * @param date the day it denotes when it denotes one day, else null
 */
public record TimeExpression(int startToken, int endToken, String text, String value, LocalDate date) {}
