package waypoint.reporting.internal.accountability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;

/**
 * What the accountability figures need to know of one apprenticeship, read from the records the modules publish
 * (docs/domain/accountability.md, "The facts each figure reads"). Dates Waypoint does not have are {@code null}:
 * {@code learningEnded} is when learning ended (a withdrawal, or the gateway), {@code achieved} when the apprenticeship
 * was achieved, {@code withdrawnFrom} the status a withdrawn apprentice left. Off-the-job hours are {@code null}
 * while not known, never zero. {@code foundation} and {@code unit} are the catalogue's programme type of the version
 * (docs/domain/programme-types.md).
 */
public record ApprenticeshipFact(ApprenticeshipId id, String learnerName, String standardReference,
        String standardTitle, Integer level, boolean foundation, UUID tutorId, String tutorName, UUID employerId,
        String employerName, LocalDate dateOfBirth, LocalDate start, LocalDate plannedEnd, ApprenticeshipStatus status,
        LocalDate learningEnded, LocalDate achieved, LocalDate withdrawn, ApprenticeshipStatus withdrawnFrom,
        List<Break> breaks, boolean assessmentOrganisationRecorded, BigDecimal plannedOtjHours,
        BigDecimal minimumOtjHours, boolean unit) {

    /** An apprenticeship standard or a foundation apprenticeship: not an apprenticeship unit. */
    public ApprenticeshipFact(ApprenticeshipId id, String learnerName, String standardReference, String standardTitle,
            Integer level, boolean foundation, UUID tutorId, String tutorName, UUID employerId, String employerName,
            LocalDate dateOfBirth, LocalDate start, LocalDate plannedEnd, ApprenticeshipStatus status,
            LocalDate learningEnded, LocalDate achieved, LocalDate withdrawn, ApprenticeshipStatus withdrawnFrom,
            List<Break> breaks, boolean assessmentOrganisationRecorded, BigDecimal plannedOtjHours,
            BigDecimal minimumOtjHours) {
        this(id, learnerName, standardReference, standardTitle, level, foundation, tutorId, tutorName, employerId,
                employerName, dateOfBirth, start, plannedEnd, status, learningEnded, achieved, withdrawn,
                withdrawnFrom, breaks, assessmentOrganisationRecorded, plannedOtjHours, minimumOtjHours, false);
    }

    /** A break in learning from its first day; {@code returned} is null while it goes on. */
    public record Break(LocalDate from, LocalDate returned) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (returned == null || day.isBefore(returned));
        }
    }

    public ApprenticeshipFact {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /** Completed or withdrawn: the apprenticeship has ended. */
    public boolean left() {
        return status == ApprenticeshipStatus.COMPLETED || status == ApprenticeshipStatus.WITHDRAWN;
    }

    /** The day it ended: the withdrawal, or for an achiever the later of the end of learning and the achievement. */
    public LocalDate ended() {
        if (status == ApprenticeshipStatus.WITHDRAWN) {
            return withdrawn;
        }
        if (status == ApprenticeshipStatus.COMPLETED) {
            return later(learningEnded, achieved);
        }
        return null;
    }

    /**
     * The hybrid end date: the latest of the planned end, the actual end of learning and the achievement. A leaver
     * counts in the achievement rates of the year it falls in.
     */
    public LocalDate hybridEnd() {
        return later(plannedEnd, later(learningEnded, later(withdrawn, achieved)));
    }

    public boolean onBreakOn(LocalDate day) {
        return breaks.stream().anyMatch(b -> b.covers(day));
    }

    /** The break going on that day, if any. */
    public Break breakOn(LocalDate day) {
        return breaks.stream().filter(b -> b.covers(day)).findFirst().orElse(null);
    }

    /** Started on or before the day and not yet ended by it (at the gateway or in assessment included). */
    public boolean activeOn(LocalDate day) {
        if (start == null || start.isAfter(day) || status == ApprenticeshipStatus.ONBOARDING) {
            return false;
        }
        LocalDate end = ended();
        return end == null || end.isAfter(day);
    }

    /** Active and still learning that day: not on a break, learning not yet ended at the gateway. */
    public boolean learningOn(LocalDate day) {
        return activeOn(day) && !onBreakOn(day) && (learningEnded == null || learningEnded.isAfter(day));
    }

    /** Age on the first day, in whole years. */
    public Integer ageAtStart() {
        return dateOfBirth == null || start == null ? null
                : java.time.Period.between(dateOfBirth, start).getYears();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
