package waypoint.feedback.internal;

import java.time.LocalDate;

import waypoint.shared.calendar.WorkingCalendar;

/**
 * Every feedback deadline, from the provider's settings and the working calendar: working days skip weekends and
 * England and Wales bank holidays; calendar months are calendar months (one month from 31 January is the last day
 * of February).
 */
public final class Deadlines {

    public enum Flag {
        ON_TRACK, NEAR, PAST
    }

    private final WorkingCalendar calendar;
    private final FeedbackSettings settings;

    public Deadlines(WorkingCalendar calendar, FeedbackSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public FeedbackSettings settings() {
        return settings;
    }

    /** The complaints policy, Stage 1: “acknowledge your complaint within 2 working days”. */
    public LocalDate acknowledgeBy(LocalDate received) {
        return calendar.addWorkingDays(received, settings.acknowledgeWorkingDays());
    }

    /** The complaints policy, Stages 2 and 3: “a written response within 10 working days of receipt”. */
    public LocalDate respondBy(int stage, LocalDate received) {
        return calendar.addWorkingDays(received,
                stage == 3 ? settings.stage3ResponseWorkingDays() : settings.stage2ResponseWorkingDays());
    }

    /** The complaints policy, Stage 3: “inform us within one calendar month of the date of the stage 2 response”. */
    public LocalDate escalateBy(LocalDate responded) {
        return responded.plusMonths(settings.escalationMonths());
    }

    /**
     * The complaints policy, Stage 2: “If we receive no further correspondence from you within one calendar month of the date of
     * the response, the complaint will be considered as closed“: the first day it may close.
     */
    public LocalDate closesQuietlyFrom(LocalDate responded) {
        return responded.plusMonths(settings.stage2QuietMonths()).plusDays(1);
    }

    /** The complaints policy, “Compliments and Suggestions”: “we will respond within 10 working days”. */
    public LocalDate suggestionRespondBy(LocalDate received) {
        return calendar.addWorkingDays(received, settings.suggestionResponseWorkingDays());
    }

    /**
     * The learner handbook: “Any appeal must be made within 20 days of the related assessment”: calendar days, as
     * the handbook says days and not working days (docs/domain/complaints-policy.md, “Assessment appeals”). An
     * awarding or end-point assessment organisation's own rule, when recorded on the appeal, replaces this.
     */
    public LocalDate appealBy(LocalDate assessed) {
        return assessed.plusDays(settings.appealWindowDays());
    }

    /** Working days from today to the deadline: 0 on the day, negative once past. */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    }

    public Flag flag(LocalDate today, LocalDate due) {
        if (due.isBefore(today)) {
            return Flag.PAST;
        }
        return workingDaysLeft(today, due) <= settings.nearDeadlineWorkingDays() ? Flag.NEAR : Flag.ON_TRACK;
    }

    /** Moves a deadline on by working days, for an extension. */
    public LocalDate extend(LocalDate due, int workingDays) {
        return calendar.addWorkingDays(due, workingDays);
    }
}
