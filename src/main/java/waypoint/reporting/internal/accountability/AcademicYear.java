package waypoint.reporting.internal.accountability;

import java.time.LocalDate;

/**
 * An academic (funding) year, 1 August to 31 July, named by the year it starts: 2025 is "2025 to 2026". The
 * accountability figures count apprenticeships by the year their end falls in (docs/domain/accountability.md).
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate first() {
        return LocalDate.of(startYear, 8, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, 7, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first()) && !date.isAfter(last());
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    /** "2025 to 2026", as GOV.UK writes a year. */
    public String words() {
        return startYear + " to " + (startYear + 1);
    }

    /** The last day a figure for this year can look at: the year's end, or today while the year is running. */
    public LocalDate asAt(LocalDate today) {
        return today.isBefore(last()) ? today : last();
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
