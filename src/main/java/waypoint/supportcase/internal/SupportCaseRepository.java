package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.Records.RecommendationRow;

/**
 * Reads a {@link SupportCase} with what its preconditions need (the meetings of its stage, its recommendation,
 * whether there is a client partner to copy in) and saves what it changed: the case itself (refused when someone
 * changed it first), its new meetings and recommendation, its timeline entries; then publishes its events.
 */
@Component
class SupportCaseRepository {

    private final SupportCaseStore store;
    private final SupportEmails emails;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SupportCaseRepository(SupportCaseStore store, SupportEmails emails, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.emails = emails;
        this.clock = clock;
        this.events = events;
    }

    /** The case as read, for a step taken by the person named. */
    SupportCase get(CaseRow c, String by) {
        Optional<RecommendationRow> current = c.stage().isFormal() ? store.current(c) : Optional.empty();
        int meetings = c.stage().isFormal() ? store.meetingsIn(c.id(), c.stage(), c.period()) : 0;
        return SupportCase.of(c, meetings, current.orElse(null), emails.clientPartnerKnown(c.apprenticeshipId()),
                LocalDate.now(clock), clock.instant(), by);
    }

    /** The case as it was read, checking nobody changed it since the form the person sent was drawn. */
    SupportCase get(CaseRow c, String by, Integer version) {
        if (version != null && version != c.version()) {
            throw new SupportCaseRefused("The case changed since you opened it: it is now at "
                    + c.stage().words().toLowerCase() + ". Check the case and try again");
        }
        return get(c, by);
    }

    /** An action for resolution with its suggested date (stage 3's email lists them). */
    void action(java.util.UUID caseId, String description, LocalDate dueOn) {
        store.action(caseId, description, dueOn);
    }

    void save(SupportCase c) {
        CaseRow row = c.row();
        if (c.isNew()) {
            store.insert(row, c.openedBy());
        }
        if (!store.update(row)) {
            throw new SupportCaseRefused("The case changed since you opened it. Check the case and try again");
        }
        c.newMeetings().forEach(m -> store.meeting(c.id(), m, row.updatedAt()));
        if (c.newRecommendation() != null) {
            store.recommendation(c.id(), c.newRecommendation());
        }
        if (c.recommendationEmailed()) {
            store.recommendationEmailed(c.recommendation().id(), row.updatedAt());
        }
        if (c.withdrawnRecommendation() != null) {
            store.withdrawRecommendation(c.withdrawnRecommendation());
        }
        // one microsecond apart, so the timeline shows a step's entries in the order they were written
        for (int i = 0; i < c.entries().size(); i++) {
            SupportCase.Entry e = c.entries().get(i);
            store.event(c.id(), e.stage(), c.by(), e.text(), e.staffOnly(), row.updatedAt().plusNanos(1000L * i));
        }
        c.events().forEach(events::publishEvent);
    }
}
