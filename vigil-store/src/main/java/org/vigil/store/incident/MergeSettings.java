package org.vigil.store.incident;

/**
 * How far apart two reports of one incident may be.
 *
 * @param maxDays most days between the two events' dates
 * @param maxKm most kilometres between their places when both have coordinates
 */
public record MergeSettings(int maxDays, double maxKm) {
  public static final MergeSettings DEFAULT = new MergeSettings(2, 75);

  public MergeSettings {
    if (maxDays < 0 || maxKm < 0) {
      throw new IllegalArgumentException("negative merge window: " + maxDays + " days, " + maxKm + " km");
    }
  }
}
