package waypoint.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.delivery.internal.GroupSessionPlans;
import waypoint.enrolment.ApprenticeshipId;

/**
 * Group teaching sessions planned for a whole group of apprentices (a cohort), scheduled by the system as the group's
 * apprenticeships are recorded (docs/domain/teaching-sessions.md, "Sessions planned for a group"). Each planned
 * session is one group session, found again by its key: the first call schedules it for the apprentices given, later
 * calls add anyone of the group not on it yet, but only to a session still to come and still scheduled. A session
 * already held, cancelled or in the past is left as it is. Nobody is notified: the sessions appear on each person's
 * sessions page and calendar feed.
 */
@Service
public class GroupSessions {

    /**
     * One session of the group's plan.
     *
     * @param planKey what names this session of this group for good, such as "cohort:{id}:2027-01-19:Mentoring models"
     * @param place   a place, or a link starting https:// to join remotely
     */
    public record Planned(String planKey, LocalDate day, LocalTime startsAt, int minutes, String place,
            String topic) {
    }

    /** What a call did: sessions scheduled, apprentices added to sessions already scheduled. */
    public record Outcome(int scheduled, int joined) {
    }

    private final GroupSessionPlans plans;
    private final Clock clock;

    GroupSessions(GroupSessionPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Schedules each planned session still to come for the group's apprentices, or adds to it those of them not on it
     * yet, with the group's tutor.
     */
    @Transactional
    public Outcome plan(List<ApprenticeshipId> apprenticeshipIds, UUID tutorAccountId, String tutorName, List<Planned> sessions) {
        if (apprenticeshipIds.isEmpty()) {
            return new Outcome(0, 0);
        }
        Instant now = clock.instant();
        Map<ApprenticeshipId, String> learners = plans.learnerNames(apprenticeshipIds);
        int scheduled = 0;
        int joined = 0;
        for (Planned planned : sessions) {
            Instant startsAt = planned.day().atTime(planned.startsAt()).atZone(clock.getZone()).toInstant();
            if (!startsAt.isAfter(now)) {
                continue;
            }
            GroupSessionPlans.Done done = plans.scheduleOrJoin(planned.planKey(), learners, startsAt,
                    planned.minutes(), planned.place(), planned.topic(), tutorAccountId, tutorName, now);
            scheduled += done.scheduled() ? 1 : 0;
            joined += done.joined();
        }
        return new Outcome(scheduled, joined);
    }
}
