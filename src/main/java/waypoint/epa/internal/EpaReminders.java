package waypoint.epa.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.time.GovUkDates;

/**
 * Reminds the apprentice and the employer of each booked assessment method 7 days before it (every hour, one
 * instance at a time): each booking is reminded once, marked on the booking and keyed on the email.
 */
@Component
public class EpaReminders {

    static final String JOB = "epa-booking-reminders";
    static final Duration AHEAD = Duration.ofDays(7);

    private final EpaStore store;
    private final Apprenticeships apprenticeships;
    private final EpaEmails emails;
    private final Clock clock;

    EpaReminders(EpaStore store, Apprenticeships apprenticeships, EpaEmails emails, Clock clock) {
        this.store = store;
        this.apprenticeships = apprenticeships;
        this.emails = emails;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void remind() {
        Instant now = clock.instant();
        for (EpaStore.Booking b : store.unremindedBetween(now, now.plus(AHEAD))) {
            apprenticeships.find(b.apprenticeshipId())
                    .ifPresent(a -> emails.toApprenticeAndEmployer(
                    "epa-booking:" + b.id() + ":reminder", a, "Reminder: end-point assessment on "
                            + GovUkDates.time(b.startsAt()),
                    b.method() + " with " + b.epaoName() + " is on " + GovUkDates.time(b.startsAt()) + ", " + b.place()
                            + "." + (b.adjustments() == null ? "" : " Reasonable adjustments: " + b.adjustments())));
            store.reminded(b.id(), now);
        }
    }
}
