package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.reporting.PublishedFeedbackRatings;

/**
 * The demo provider's apprentice and employer ratings as the Apprenticeship Service published them a month ago,
 * recorded by its quality manager, so the accountability page shows the feedback indicators with their source
 * (docs/domain/accountability.md, "Apprentice and employer feedback"). Once: ratings already recorded are left.
 */
@Component
class DemoFeedbackRatings {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedbackRatings.class);
    static final String SOURCE = "https://findapprenticeshiptraining.apprenticeships.education.gov.uk/";

    private final PublishedFeedbackRatings ratings;
    private final UserAccounts accounts;
    private final Clock clock;
    private final boolean enabled;

    DemoFeedbackRatings(PublishedFeedbackRatings ratings, UserAccounts accounts, Clock clock,
            @Value("${waypoint.demo.enabled:false}") boolean enabled) {
        this.enabled = enabled;
        this.ratings = ratings;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled) {
            return;
        }
        try {
            if (ratings.anyRecorded()) {
                return;
            }
            accounts.findByEmail(DemoAccounts.QUALITY.email()).ifPresent(quality -> {
                CurrentUser by = new CurrentUser(quality.id(), quality.email(), quality.displayName(),
                        quality.roles());
                ratings.record(by, LocalDate.now(clock).minusMonths(1), "3.6", "42", "3.4", "12",
                        SOURCE);
                log.info("Demo data: the apprentice and employer ratings published on the Apprenticeship Service");
            });
        } catch (RuntimeException e) {
            log.warn("Demo data: the feedback ratings were not recorded: {}", e.getMessage());
        }
    }
}
