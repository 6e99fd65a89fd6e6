package waypoint.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The earliest start of an apprenticeship: after the last Friday in June of the school year (1 September to
 * 31 August) in which the learner turns 16. Source: ILR 2025-26 validation rule DateOfBirth_48.
 */
final class SchoolLeavingAge {

    private SchoolLeavingAge() {
    }

    /** The last Friday in June of the school year in which someone born on this date turns 16. */
    static LocalDate schoolLeavingDate(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int yearTheSchoolYearEnds = sixteenth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? sixteenth.getYear() + 1
                : sixteenth.getYear();
        return LocalDate.of(yearTheSchoolYearEnds, Month.JUNE, 30)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    static boolean mayStartOn(LocalDate start, LocalDate dateOfBirth) {
        return start.isAfter(schoolLeavingDate(dateOfBirth));
    }
}
