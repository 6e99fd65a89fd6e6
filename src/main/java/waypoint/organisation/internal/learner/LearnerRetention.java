package waypoint.organisation.internal.learner;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.organisation.internal.PersonAccounts;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * A learner whose apprenticeship records have passed their retention period is anonymised (docs/domain/retention.md,
 * "Anonymising a learner"): their record through {@link Learner#anonymise}, their sign-in account's name and email,
 * and the free-text details of their health declaration. The categories the equality figures count stay.
 */
@Component
class LearnerRetention implements PersonalDataRetention {

    private final LearnerRepository learners;
    private final PersonAccounts accounts;
    private final DeclarationService declarations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerRetention(LearnerRepository learners, PersonAccounts accounts, DeclarationService declarations,
            ApplicationEventPublisher events, Clock clock) {
        this.learners = learners;
        this.accounts = accounts;
        this.declarations = declarations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.APPRENTICESHIP_RECORDS;
    }

    /** Counted from the end of each learner's last apprenticeship: the retention job finds them and asks for each. */
    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        return 0;
    }

    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        Learner learner = learners.findById(subject.learnerId()).orElse(null);
        if (learner == null || !learner.anonymise(clock.instant())) {
            return 0;
        }
        learners.save(learner);
        accounts.changeDetails(learner.accountId(), learner.person().email(), learner.person().fullName());
        declarations.forgetHealthDetails(learner.id());
        events.publishEvent(RecordChanged.updated("Learner", learner.id(), "Learner record",
                "Anonymised: the retention period of the apprenticeship records has passed, or the person asked"));
        return 1;
    }
}
