package org.vigil.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A change in a dyad's weekly Goldstein series: the week it starts, the mean before and after, the test
 * statistic, and the events of the new segment that moved it most (rows of the corrected view).
 *
 * @param sideA one side (actor id or country code)
 * @param sideB the other side
 * @param direction escalation (the mean fell) or de-escalation (it rose)
 * @param firstWeek the first week of the series
 * @param changeWeek the first week of the new level
 * @param meanBefore weekly Goldstein sum, mean over the weeks before
 * @param meanAfter the same from the change week on
 * @param statistic the standardised shift (larger is surer)
 * @param weeks the weekly sums the test saw, oldest first
 * @param cited the events of the new segment with the largest Goldstein values in the direction of the change
 */
public record EscalationAlert(String sideA, String sideB, String direction, LocalDate firstWeek,
    LocalDate changeWeek,
    double meanBefore, double meanAfter, double statistic, List<Double> weeks, List<Map<String, Object>> cited) {
  public EscalationAlert {
    weeks = List.copyOf(weeks);
    cited = List.copyOf(cited);
  }
}
