package org.vigil.store.incident;

/**
 * How far apart two reports of one incident may be.
 *
 * @param maxDays most days between the two events' dates
 * @param maxKm most kilometres between their places when both have coordinates
 * @param maxSpanDays most days between the first and last report of one incident, so that a daily series of
 *     similar events does not chain into one endless incident
 */
public record MergeSettings(int maxDays, double maxKm, int maxSpanDays) {
  public static final MergeSettings DEFAULT = new MergeSettings(2, 75, 5);

  public MergeSettings {
    if (maxDays < 0 || maxKm < 0 || maxSpanDays < maxDays) {
      throw new IllegalArgumentException("negative merge window: " + maxDays + " days, " + maxKm + " km");
    }
  }
}
