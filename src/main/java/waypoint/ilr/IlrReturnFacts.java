package waypoint.ilr;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the rules know of the return beyond one learner: its collection year (1 August to 31 July), the file
 * preparation date (from the file's header once checked, otherwise today) and the reference data.
 */
final class IlrReturnFacts {

    final IlrYear year;
    final LocalDate yearStart;
    final LocalDate yearEnd;
    final IlrReferenceData reference;
    private LocalDate preparedOn;

    /**
     * The most characters an end-point assessment organisation's id has in this year: 7 in 2025-26 (EPA0001), 8 from
     * 2026-27, as the year's schema says.
     */
    final int epaOrgIdLength;

    IlrReturnFacts(IlrYear year, IlrReferenceData reference) {
        this(year, reference, 7);
    }

    IlrReturnFacts(IlrYear year, IlrReferenceData reference, int epaOrgIdLength) {
        this.epaOrgIdLength = epaOrgIdLength;
        this.year = year;
        this.yearStart = LocalDate.of(Integer.parseInt(year.name().substring(0, 4)), 8, 1);
        this.yearEnd = yearStart.plusYears(1).minusDays(1);
        this.reference = reference;
        this.preparedOn = reference.today().orElse(null);
    }

    void preparedOn(LocalDate date) {
        if (date != null) {
            this.preparedOn = date;
        }
    }

    /** The file preparation date, when known. */
    Optional<LocalDate> preparationDate() {
        return Optional.ofNullable(preparedOn);
    }

    Optional<LocalDate> today() {
        return reference.today();
    }
}
