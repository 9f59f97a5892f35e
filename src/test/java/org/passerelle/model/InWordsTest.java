package org.passerelle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The one formatter of durations, periods and quantities that explanations use. */
class InWordsTest {

    @Test
    void periodsInWordsLargestUnitFirst() {
        assertThat(InWords.period(Period.ofYears(5))).isEqualTo("5 years");
        assertThat(InWords.period(Period.ofYears(1))).isEqualTo("1 year");
        assertThat(InWords.period(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
        assertThat(InWords.period(Period.of(2, 3, 4))).isEqualTo("2 years, 3 months and 4 days");
        assertThat(InWords.period(Period.ofDays(30))).isEqualTo("30 days");
        assertThat(InWords.period(Period.ZERO)).isEqualTo("0 days");
        assertThat(InWords.period(Period.ofDays(7))).doesNotContain("P7D");
    }

    @Test
    void durationsInWholeDaysHoursMinutesAndSeconds() {
        assertThat(InWords.duration(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(InWords.duration(Duration.ofHours(168))).isEqualTo("7 days");
        assertThat(InWords.duration(Duration.ofHours(8))).isEqualTo("8 hours");
        assertThat(InWords.duration(Duration.ofHours(36))).isEqualTo("1 day and 12 hours");
        assertThat(InWords.duration(Duration.ofMinutes(90))).isEqualTo("1 hour and 30 minutes");
        assertThat(InWords.duration(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(InWords.duration(Duration.ZERO)).isEqualTo("0 seconds");
        assertThat(InWords.duration(Duration.ofHours(-2))).isEqualTo("minus 2 hours");
    }

    @Test
    void quantitiesWithTheUnitsSymbolOrName() {
        assertThat(InWords.quantity(Quantity.of(180, "KGM"))).isEqualTo("180 kg");
        assertThat(InWords.quantity(new Quantity(new BigDecimal("2.50"), "TNE"))).isEqualTo("2.5 t");
        assertThat(InWords.quantity(Quantity.of(1, "PCE"))).isEqualTo("1 piece");
        assertThat(InWords.quantity(Quantity.of(1200, "PCE"))).isEqualTo("1200 pieces");
        assertThat(InWords.quantity(Quantity.of(40, "XYZ"))).as("an unknown code is kept").isEqualTo("40 XYZ");
    }

    @Test
    void nothingIsNotAValue() {
        assertThatThrownBy(() -> InWords.period(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> InWords.duration(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> InWords.quantity(null)).isInstanceOf(InvalidInputException.class);
    }
}
