package waypoint.otj.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipStatusChanged;
import waypoint.enrolment.ApprovedHoursInBreak;
import waypoint.shared.audit.RecordChanged;

/**
 * No approved off-the-job hour falls inside a break in learning (docs/domain/off-the-job-hours.md, Breaks in
 * learning). The apprenticeship refuses a break back-dated over approved hours unless the person recording it confirms
 * they are un-approved; this tells it which hours those are, and un-approves them when the break is recorded (in the
 * same transaction), so they go back to waiting for the tutor.
 */
@Component
class BreakOverApprovedHours implements ApprovedHoursInBreak {

    private final EntryStore store;
    private final ApplicationEventPublisher events;

    BreakOverApprovedHours(EntryStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public Optional<String> approvedFrom(ApprenticeshipId apprenticeshipId, LocalDate from) {
        List<Entry> approved = store.approvedFrom(apprenticeshipId, from);
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        int minutes = approved.stream().mapToInt(Entry::minutes).sum();
        return Optional.of(approved.size() + (approved.size() == 1 ? " approved entry" : " approved entries") + ", "
                + Words.hours(minutes) + " hours, dated from " + approved.get(0).dateWords() + " to "
                + approved.get(approved.size() - 1).dateWords());
    }

    @EventListener
    void on(ApprenticeshipStatusChanged changed) {
        if (changed.to() != ApprenticeshipStatus.BREAK_IN_LEARNING || changed.from() == changed.to()
                || changed.effectiveDate() == null) {
            return;
        }
        for (Entry entry : store.approvedFrom(changed.apprenticeshipId(), changed.effectiveDate())) {
            EntryState to = EntryStateTable.require(entry.state(), EntryAction.UNAPPROVE_FOR_BREAK);
            store.review(entry, to, null, "Approval withdrawn: a break in learning from "
                    + Words.date(changed.effectiveDate()) + " was recorded over this date", null);
            events.publishEvent(RecordChanged.updated("OffTheJobEntry", entry.id(), entry.state().name(),
                    to.name() + " (a break in learning recorded over it)"));
        }
    }
}
