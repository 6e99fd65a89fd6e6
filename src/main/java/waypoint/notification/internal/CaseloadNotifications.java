package waypoint.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.organisation.LearnerAssignedToTutor;

/** A tutor hears in Waypoint when a learner joins their caseload, with a link to the learner's record. */
@Component
class CaseloadNotifications {

    private final NotificationInbox inbox;

    CaseloadNotifications(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(LearnerAssignedToTutor assigned) {
        inbox.deliverOnce(EventKeys.of("learner-assigned", assigned.learnerId().value(),
                assigned.tutorAccountId().toString()),
                assigned.tutorAccountId(), "New learner on your caseload: " + assigned.learnerName(),
                assigned.learnerName() + " has been assigned to you.", "/learners/" + assigned.learnerId());
    }
}
