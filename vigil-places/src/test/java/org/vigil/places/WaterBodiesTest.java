package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaterBodiesTest {
  @Test
  void seasGulfsAndStraitsAreWater() {
    assertThat(MentionResolver.isWater("Red Sea")).isTrue();
    assertThat(MentionResolver.isWater("the Gulf of Aden")).isTrue();
    assertThat(MentionResolver.isWater("Strait of Hormuz")).isTrue();
    assertThat(MentionResolver.isWater("Persian Gulf")).isTrue();
    assertThat(MentionResolver.isWater("South China Sea")).isTrue();
    assertThat(MentionResolver.isWater("Bay of Bengal")).isTrue();
  }

  @Test
  void townsAndRegionsNamedAfterWaterAreNot() {
    assertThat(MentionResolver.isWater("Red Sea state")).isFalse();
    assertThat(MentionResolver.isWater("Montego Bay")).isFalse();
    assertThat(MentionResolver.isWater("Gulf Shores")).isFalse();
    assertThat(MentionResolver.isWater("Port Sudan")).isFalse();
  }
}
