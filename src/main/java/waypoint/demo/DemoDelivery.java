package waypoint.demo;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.delivery.DeliveryImport;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.organisation.OrganisationImport;

/**
 * Demo sessions and messages for the demo learner: three past sessions recorded with attendance and agreed actions
 * (two overdue), one yesterday still to record, an upcoming one-to-one and a group session with another apprentice
 * of the same tutor; two message threads, one with the employer included. Other apprenticeships in learning have no
 * sessions, so the cadence gap list has entries. Done once: an apprenticeship with the first demo session is left.
 */
@Component
class DemoDelivery {

    private static final Logger log = LoggerFactory.getLogger(DemoDelivery.class);
    private static final String FIRST_TOPIC = "Induction: the standard, the e-portfolio and your learning plan";

    private final OrganisationImport organisation;
    private final Apprenticeships apprenticeships;
    private final DeliveryImport delivery;
    private final Clock clock;

    DemoDelivery(OrganisationImport organisation, Apprenticeships apprenticeships, DeliveryImport delivery,
            Clock clock) {
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.delivery = delivery;
        this.clock = clock;
    }

    void load() {
        ApprenticeshipSummary a = organisation.findLearner(DemoAccounts.LEARNER.email())
                .flatMap(id -> apprenticeships.ofLearner(id).stream()
                        .filter(x -> x.status() == ApprenticeshipStatus.IN_LEARNING).findFirst())
                .orElse(null);
        if (a == null || a.tutorAccountId() == null || delivery.hasSession(a.id(), FIRST_TOPIC)) {
            return;
        }
        try {
            sessions(a);
            threads(a);
            log.info("Demo data: sessions and messages for apprenticeship {}", a.id());
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: sessions of apprenticeship {} stopped: {}", a.id(), refused.getMessage());
        }
    }

    private void sessions(ApprenticeshipSummary a) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<ApprenticeshipId> just = List.of(a.id());
        String tutor = a.tutorName();
        past(a, today.minusDays(63), LocalTime.of(16, 30), 90, FIRST_TOPIC, List.of("K1"), "ATTENDED",
                "Walked through the standard's KSBs, set up the e-portfolio together and agreed the first learning"
                        + " plan targets with the line manager.",
                List.of(new DeliveryImport.Action(a.id(), "ACTION", "Upload your CV and job description",
                        "LEARNER", today.minusDays(50), true)));
        past(a, today.minusDays(34), LocalTime.of(16, 30), 60, "Planning the workplace project", List.of("K1", "S1"),
                "LATE", "Scoped the workplace project and the evidence it can give; practised writing a reflective"
                        + " account.",
                List.of(new DeliveryImport.Action(a.id(), "ACTION", "Write a one-page project brief", "LEARNER",
                                today.minusDays(12), false),
                        new DeliveryImport.Action(a.id(), "ASSESSMENT_PLAN",
                                "Observation of the apprentice leading a team briefing", "TUTOR",
                                today.plusDays(20), false)));
        past(a, today.minusDays(9), LocalTime.of(16, 30), 60, "Mock professional discussion", List.of("S1"),
                "ATTENDED", "A mock professional discussion on the project so far; feedback on using evidence"
                        + " from work.",
                List.of(new DeliveryImport.Action(a.id(), "ACTION",
                        "Write a witness testimony of the team briefing", "EMPLOYER", today.minusDays(2), false)));
        delivery.schedule(just, at(today.minusDays(1), LocalTime.of(15, 0)), 60, null,
                "https://teams.microsoft.com/l/meetup-join/demo-yesterday", "Feedback on the project brief",
                List.of("K1"), a.tutorAccountId(), tutor, now);
        delivery.schedule(just, at(today.plusDays(6), LocalTime.of(10, 0)), 60, "Northgate Engineering, meeting room 2",
                null, "Reflective practice and the learning journal", List.of("B1"), a.tutorAccountId(), tutor, now);
        List<ApprenticeshipId> group = new ArrayList<>(just);
        organisation.findLearner("amir.ahmed@learners.test").flatMap(id -> apprenticeships.ofLearner(id).stream()
                        .filter(x -> x.status() == ApprenticeshipStatus.IN_LEARNING
                                && a.tutorId().equals(x.tutorId())).findFirst())
                .ifPresent(other -> group.add(other.id()));
        delivery.schedule(group, at(today.plusDays(13), LocalTime.of(13, 30)), 120, null,
                "https://teams.microsoft.com/l/meetup-join/demo-group", "Group workshop: preparing for the gateway",
                List.of("K1", "S1"), a.tutorAccountId(), tutor, now);
    }

    private void past(ApprenticeshipSummary a, LocalDate date, LocalTime time, int minutes, String topic,
            List<String> ksbs, String attendance, String delivered, List<DeliveryImport.Action> actions) {
        if (date.isBefore(a.startDate())) {
            return;
        }
        Instant now = clock.instant();
        UUID id = delivery.schedule(List.of(a.id()), at(date, time), minutes, null,
                "https://teams.microsoft.com/l/meetup-join/demo", topic, ksbs, a.tutorAccountId(), a.tutorName(), now);
        delivery.record(id, Map.of(a.id(), attendance), delivered, actions, now);
    }

    private void threads(ApprenticeshipSummary a) {
        Instant now = clock.instant();
        UUID learner = a.learnerAccountId();
        UUID tutor = a.tutorAccountId();
        if (learner == null) {
            return;
        }
        delivery.thread(a.id(), "Help with the project brief", false, List.of(
                new DeliveryImport.Post(learner, a.learnerName(), "Hi, I am not sure how long the project brief"
                        + " should be. Is one page enough?", now.minusSeconds(3 * 86400)),
                new DeliveryImport.Post(tutor, a.tutorName(), "One page is right: say what the problem is, who it is"
                        + " for and how you will know it worked. Bring it to our next session.",
                        now.minusSeconds(2 * 86400))));
        if (a.lineManagerAccountId() != null) {
            delivery.thread(a.id(), "Time for off-the-job study at work", true, List.of(
                    new DeliveryImport.Post(tutor, a.tutorName(), "Could we agree a regular half day a week for"
                            + " off-the-job study? Thursday afternoons would fit the sessions.",
                            now.minusSeconds(5 * 86400)),
                    new DeliveryImport.Post(a.lineManagerAccountId(), a.lineManagerName(), "Thursday afternoons are"
                            + " fine from next week.", now.minusSeconds(4 * 86400)),
                    new DeliveryImport.Post(learner, a.learnerName(), "Thank you, that works for me.",
                            now.minusSeconds(86400))));
        }
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(LONDON).toInstant();
    }
}
