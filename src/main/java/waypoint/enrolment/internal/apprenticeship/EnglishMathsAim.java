package waypoint.enrolment.internal.apprenticeship;

import java.time.LocalDate;
import java.util.UUID;

import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualification.Subject;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.internal.Refusals;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * An apprentice's English or maths study as the ILR return writes it (docs/domain/english-and-maths-aims.md): the
 * qualification chosen from those the provider delivers, the study's start and planned end, and the day learning
 * ended with the qualification achieved. It guards its own rules whatever the route (page, API, an ILR file, the
 * demo): the qualification is of the subject, at the level the training plan plans when it plans one; the study starts
 * on or after the apprenticeship and ends after it starts; an achievement is dated within the study and not in the
 * future.
 */
public final class EnglishMathsAim {

    private final UUID apprenticeshipId;
    private final Subject subject;
    private UUID qualificationId;
    private LocalDate startDate;
    private LocalDate plannedEndDate;
    private LocalDate achievedOn;

    private EnglishMathsAim(UUID apprenticeshipId, Subject subject, UUID qualificationId, LocalDate startDate,
            LocalDate plannedEndDate, LocalDate achievedOn) {
        this.apprenticeshipId = apprenticeshipId;
        this.subject = subject;
        this.qualificationId = qualificationId;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
        this.achievedOn = achievedOn;
    }

    /** As stored. */
    static EnglishMathsAim of(ApprenticeshipId apprenticeshipId, Subject subject, UUID qualificationId,
            LocalDate startDate, LocalDate plannedEndDate, LocalDate achievedOn) {
        return new EnglishMathsAim(apprenticeshipId.value(), subject, qualificationId, startDate, plannedEndDate,
                achievedOn);
    }

    /** A study not chosen yet, for the first choice. */
    static EnglishMathsAim none(ApprenticeshipId apprenticeshipId, Subject subject) {
        return new EnglishMathsAim(apprenticeshipId.value(), subject, null, null, null, null);
    }

    /**
     * Chooses the qualification studied, with the study's dates (the apprenticeship's own when not given). Refused
     * with a message per field when the qualification is of another subject or level than the plan's, or the dates
     * do not fit.
     */
    void choose(EnglishMathsQualification qualification, FunctionalSkillsLevel planned, LocalDate apprenticeshipStart,
            LocalDate start, LocalDate plannedEnd) {
        Refusals refusals = new Refusals();
        if (qualification == null) {
            refusals.refuse("qualificationId", "Select the " + subject.label() + " qualification they study");
        } else if (qualification.subject() != subject) {
            refusals.refuse("qualificationId", qualification.title() + " is a " + qualification.subject().label()
                    + " qualification: select " + (subject == Subject.ENGLISH ? "an English" : "a maths") + " one");
        } else if (planned != null && !planned.name().equals(qualification.level().name())) {
            refusals.refuse("qualificationId", "The training plan plans " + subject.label() + " at " + planned.label()
                    + "; " + qualification.title() + " is " + qualification.level().label() + ": select one at "
                    + planned.label() + ", or change the training plan first");
        }
        if (start == null) {
            refusals.refuse("startDate", "Enter the date their " + subject.label() + " study starts, like "
                    + waypoint.shared.web.DateText.typed(apprenticeshipStart));
        } else if (achievedOn != null && achievedOn.isBefore(start)) {
            refusals.refuse("startDate", "The qualification was achieved on " + GovUkDates.date(achievedOn)
                    + ": the study starts on or before that day");
        } else if (start.isBefore(apprenticeshipStart)) {
            refusals.refuse("startDate", "Their " + subject.label() + " study starts on or after the apprenticeship's"
                    + " start, " + GovUkDates.date(apprenticeshipStart));
        }
        if (plannedEnd == null) {
            refusals.refuse("plannedEndDate", "Enter the date their " + subject.label() + " study is planned to end");
        } else if (start != null && !plannedEnd.isAfter(start)) {
            refusals.refuse("plannedEndDate", "The planned end is after the study's start, " + GovUkDates.date(start));
        }
        refusals.throwIfAny();
        this.qualificationId = qualification.id();
        this.startDate = start;
        this.plannedEndDate = plannedEnd;
    }

    /** Records the day learning ended with the qualification achieved: within the study, not after today. */
    void recordAchieved(LocalDate on, LocalDate today) {
        if (qualificationId == null) {
            throw new FieldValidationException("achievedOn", "Choose the " + subject.label()
                    + " qualification they study first");
        }
        if (on == null) {
            throw new FieldValidationException("achievedOn", "Enter the date they achieved the qualification");
        }
        if (on.isBefore(startDate)) {
            throw new FieldValidationException("achievedOn", "The qualification is achieved on or after the study's"
                    + " start, " + GovUkDates.date(startDate));
        }
        if (on.isAfter(today)) {
            throw new FieldValidationException("achievedOn", "An achievement cannot be recorded in advance: the date"
                    + " is today or earlier");
        }
        this.achievedOn = on;
    }

    public ApprenticeshipId apprenticeshipId() {
        return new ApprenticeshipId(apprenticeshipId);
    }

    public Subject subject() {
        return subject;
    }

    public UUID qualificationId() {
        return qualificationId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate plannedEndDate() {
        return plannedEndDate;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }

    public boolean chosen() {
        return qualificationId != null;
    }
}
