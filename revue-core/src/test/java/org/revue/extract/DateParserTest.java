package org.revue.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {
    private static LocalDate first(String s) {
        var f = DateParser.findAll(s);
        return f.isEmpty() ? null : f.get(0).date();
    }

    @Test
    void readsTheCommonWrittenForms() {
        assertThat(first("08 - Juillet - 2017")).isEqualTo(LocalDate.of(2017, 7, 8));
        assertThat(first("Publié le 07/07/2017 à 16:48")).isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(first("le 1er août 2016")).isEqualTo(LocalDate.of(2016, 8, 1));
        assertThat(first("Updated July 4, 2019")).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(first("am 3. März 2020")).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(first("2018-12-31T23:00")).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(first("el 5 de mayo de 2021")).isEqualTo(LocalDate.of(2021, 5, 5));
    }

    @Test
    void ignoresImpossibleDatesAndPlainNumbers() {
        assertThat(first("31/02/2017")).isNull();
        assertThat(first("il y a 3 000 manifestants et 12 blessés")).isNull();
    }

    @Test
    void readsGluedYearsYearFirstDatesAndAbbreviatedMonths() {
        assertThat(first("Dec 17, 2025Julian K. Arni")).isEqualTo(LocalDate.of(2025, 12, 17)); // the name glued to the year
        assertThat(first("EditorialNovember 22, 2018")).isEqualTo(LocalDate.of(2018, 11, 22)); // a label glued to the month
        assertThat(DateParser.findAll("May 21, 2025April 24, 2025")).hasSize(2);
        assertThat(first("Remember 22, 2018")).isNull();
        assertThat(first("Essay - Published: 2025.12.17 | programming")).isEqualTo(LocalDate.of(2025, 12, 17));
        assertThat(first("By: Team on 04-ago-2021 5:11:10")).isEqualTo(LocalDate.of(2021, 8, 4));
        assertThat(first("Nov 19 20197:05 AM")).isNull(); // "20197" is no year
        assertThat(first("Nutrition. 2024 Jun 30;28(2):43–51")).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(first("Updated: 10/31/2024")).isEqualTo(LocalDate.of(2024, 10, 31)); // month first: no month 31
        assertThat(first("le 05/03/2024")).isEqualTo(LocalDate.of(2024, 3, 5)); // ambiguous: day first
    }

    @Test
    void numericDatesDayFirstUnlessTheLanguageIsAmericanEnglish() {
        assertThat(first("Yucy3/4/2025")).isEqualTo(LocalDate.of(2025, 4, 3)); // a name glued to the date
        assertThat(DateParser.findAll("Jane Doe 3/4/2025", DateParser.monthFirst("en-US")).get(0).date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(DateParser.findAll("Jane Doe 3.4.2025", DateParser.monthFirst("en_us")).get(0).date()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(DateParser.findAll("Jane Doe 25/4/2025", true).get(0).date()).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(DateParser.monthFirst("en-GB")).isFalse();
        assertThat(DateParser.monthFirst("en")).isFalse();
        assertThat(first("v1.2/3/2025")).isNull();
    }
}
