package waypoint.demo.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackImport;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.Outcome;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.safeguarding.ActionKind;
import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.safeguarding.SafeguardingImport;
import waypoint.supportcase.SupportCaseImport;

/**
 * The records of the reference data set that are few (a few per 1,000 apprentices) and go through their modules' own
 * use cases, as the demo's do, so every rule, deadline, encryption and audit applies: complaints at every stage of
 * your complaints policy, compliments, suggestions and appeals (docs/domain/complaints-policy.md); safeguarding and
 * other concerns, sealed by the safeguarding module (docs/adr/0012-envelope-encryption-with-tink.md); support cases
 * at the formal stages (docs/domain/support-policy.md). One that a module refuses is logged and left out: the data
 * set is still usable without it.
 */
final class ScaleCases {

    private static final Logger log = LoggerFactory.getLogger(ScaleCases.class);

    /** The provider's leaders in the reference set, each with the one role their steps need. */
    enum Leader {
        QUALITY("scale-quality@waypoint.test", "Scale Quality", Role.QUALITY),
        HEAD("scale-head@waypoint.test", "Scale Head", Role.HEAD_OF_DELIVERY),
        DIRECTOR("scale-director@waypoint.test", "Scale Director", Role.DIRECTOR),
        LEAD("scale-lead@waypoint.test", "Scale Lead", Role.LEAD),
        SAFEGUARDING("scale-safeguarding@waypoint.test", "Scale Safeguarding", Role.SAFEGUARDING_LEAD);

        final String email;
        final String displayName;
        final Role role;

        Leader(String email, String displayName, Role role) {
            this.email = email;
            this.displayName = displayName;
            this.role = role;
        }
    }

    private final Population people;
    private final Map<Leader, CurrentUser> leaders;
    private final Instant now;
    private int refused;

    ScaleCases(Population people, Map<Leader, CurrentUser> leaders, Instant now) {
        this.people = people;
        this.leaders = leaders;
        this.now = now;
    }

    int refused() {
        return refused;
    }

    /** Apprenticeship {@code i} of {@code count} spread evenly over those in learning (none withdrawn). */
    private int spread(int i, int count, int offset) {
        int a = (int) ((long) i * people.size() / Math.max(count, 1)) + offset;
        a = Math.min(a, people.size() - 1);
        return Population.withdrawn(a) ? Math.max(a - 1, 0) : a;
    }

    private CurrentUser tutorOf(int a) {
        int staff = people.tutorOf(a);
        return new CurrentUser(people.staffAccounts()[staff], ScaleActivity.staffEmail(staff),
                Population.staffName(staff), Set.of(Role.TUTOR));
    }

    /** The email the apprentice signs in with (the benchmark learner's is their own). */
    private String learnerEmail(int a) {
        return a == 0 ? ReferenceDataGenerator.LEARNER : Population.learnerEmail(a);
    }

    private static String uln(int a) {
        return String.format("%010d", 8_000_000_000L + a);
    }

    private void tryTo(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException refusedStep) {
            refused++;
            if (refused <= 5) {
                log.warn("Scale data: {} refused: {}", what, refusedStep.getMessage());
            }
        }
    }

    /**
     * Feedback: {@code count} cases (four per 1,000 apprentices), a complaint at each stage in turn, a compliment
     * shared with the tutor, a suggestion and an appeal; received over the last two months.
     */
    int feedback(FeedbackImport feedback, int count) {
        String head = Leader.HEAD.email;
        String director = Leader.DIRECTOR.email;
        String quality = Leader.QUALITY.email;
        int added = 0;
        for (int i = 0; i < count; i++) {
            int a = spread(i, count, 7);
            int kind = i % 10;
            int daysAgo = kind == 0 ? 1 : 3 + (i * 7) % 50;
            Instant received = now.minus(Duration.ofDays(daysAgo));
            String learner = Population.learnerEmail(a);
            String learnerAccount = learnerEmail(a);
            String summary = SUMMARIES[kind] + " (" + (i + 1) + ")";
            boolean closeAppeal = i % 20 == 19;
            tryTo("feedback " + summary, () -> {
                switch (kind) {
                    case 0 -> feedback.raise(learnerAccount, complaint(false, null, null, learner, summary));
                    case 1 -> feedback.raise(head, complaint(true, received, Channel.LETTER, learner, summary));
                    case 2 -> step(feedback, feedback.raise(head, complaint(true, received, Channel.EMAIL, learner,
                            summary)), head, "acknowledge");
                    case 3 -> step(feedback, feedback.raise(head, complaint(true, received, Channel.EMAIL, learner,
                            summary)), head, "acknowledge", "respond");
                    case 4 -> {
                        UUID id = feedback.raise(head, complaint(true, received, Channel.IN_PERSON, learner, summary));
                        step(feedback, id, head, "acknowledge", "respond");
                        feedback.escalate(head, id, "escalate-to-stage-3", director);
                        step(feedback, id, director, "acknowledge");
                    }
                    case 5 -> {
                        UUID id = feedback.raise(head, complaint(true, received, Channel.PHONE, learner, summary));
                        step(feedback, id, head, "respond");
                        // to the data set's director by name: the demo provider's director may be on the staff too
                        feedback.escalate(head, id, "escalate-to-stage-3", director);
                        step(feedback, id, director, "respond", "refer-to-funding-body");
                    }
                    case 6 -> {
                        UUID id = feedback.raise(head, complaint(false, received, Channel.PHONE, learner, summary));
                        feedback.step(head, id, "respond", "We have moved the sessions to a quieter room.", null);
                        feedback.step(head, id, "close", "Resolved at stage 1.", Outcome.RESOLVED);
                    }
                    case 7 -> {
                        UUID id = feedback.raise(learnerAccount, new FeedbackImport.Raise(FeedbackKind.COMPLIMENT, false,
                                null, null, null, null, null, null, summary, "My tutor gave up a lunchtime to go"
                                        + " through my portfolio with me.", Category.TEACHING,
                                ScaleActivity.staffEmail(people.tutorOf(a)), false, false, null, null));
                        feedback.step(head, id, "share", null, null);
                    }
                    case 8 -> feedback.raise(head, new FeedbackImport.Raise(FeedbackKind.SUGGESTION, false, received,
                            Channel.EMAIL, null, Population.contactName(people.employerOf(a)), null,
                            ComplainantType.EMPLOYER, summary, "Could reviews be offered after 5pm for shift workers?",
                            Category.TEACHING, null, false, true, null, null));
                    default -> {
                        UUID id = feedback.raise(head, new FeedbackImport.Raise(FeedbackKind.APPEAL, false, null,
                                Channel.EMAIL, null, Population.learnerName(a), null, ComplainantType.LEARNER,
                                summary, "The assessor did not ask about my portfolio evidence.", Category.ASSESSMENT,
                                null, false, false, AppealRoute.PROVIDER, people.today().minusDays(10)));
                        if (closeAppeal) {
                            feedback.step(quality, id, "close", "The marking was checked and is right.",
                                    Outcome.NOT_UPHELD);
                        }
                    }
                }
            });
            added++;
        }
        return added;
    }

    private static final String[] SUMMARIES = {"My progress reviews keep being moved",
            "Invoice sent to the wrong department", "Off-the-job hours not recorded",
            "Portfolio feedback took six weeks", "Unkind comments in a group session",
            "Functional skills exam booked twice", "Room too noisy for sessions", "My tutor helped me catch up",
            "Evening review slots", "Grade for my professional discussion"};

    private static FeedbackImport.Raise complaint(boolean formal, Instant received, Channel channel,
            String learnerEmail, String summary) {
        return new FeedbackImport.Raise(FeedbackKind.COMPLAINT, formal, received, channel, learnerEmail, null, null,
                ComplainantType.LEARNER, summary, "Raised about " + summary.toLowerCase() + ".",
                Category.values()[Math.abs(summary.hashCode()) % Category.values().length], null, false, false, null,
                null);
    }

    private static void step(FeedbackImport feedback, UUID id, String as, String... actions) {
        for (String action : actions) {
            feedback.step(as, id, action, action.equals("respond") ? "We have looked into this and changed how we"
                    + " book them." : null, null);
        }
    }

    /**
     * Concerns: {@code count} (two per 1,000 apprentices) of every kind, raised by the apprentice's tutor; the
     * safeguarding lead (or the quality team, for its kinds) triages each, refers or supports some, and closes half.
     */
    int concerns(SafeguardingImport safeguarding, int count) {
        CurrentUser lead = leaders.get(Leader.SAFEGUARDING);
        CurrentUser quality = leaders.get(Leader.QUALITY);
        ConcernKind[] kinds = ConcernKind.values();
        int added = 0;
        for (int i = 0; i < count; i++) {
            int a = spread(i, count, 11);
            ConcernKind kind = kinds[i % kinds.length];
            CurrentUser handler = kind.handler() == Role.QUALITY ? quality : lead;
            int n = i;
            tryTo("concern " + kind, () -> {
                UUID id = kind == ConcernKind.HEALTH_AND_SAFETY
                        ? safeguarding.raiseIncident(tutorOf(a), n % 2 == 0 ? IncidentCategory.NEAR_MISS
                                : IncidentCategory.ACCIDENT, people.today().minusDays(1 + n % 20),
                                "The employer's workshop", Population.learnerName(a),
                                n % 2 == 0 ? null : "A cut hand; first aid given on site",
                                "Something fell from a shelf close to where the apprentice was working.")
                        : safeguarding.raise(tutorOf(a), kind, uln(a), WHAT_HAPPENED[n % WHAT_HAPPENED.length]);
                safeguarding.triage(handler, id, n % 5 == 0 ? RiskLevel.HIGH : n % 2 == 0 ? RiskLevel.MEDIUM
                        : RiskLevel.LOW, kind == ConcernKind.HEALTH_AND_SAFETY ? Boolean.FALSE : null,
                        "Spoke to the apprentice the same day.");
                if (kind == ConcernKind.SAFEGUARDING || kind == ConcernKind.PREVENT) {
                    safeguarding.record(handler, id, ActionKind.REFERRAL, kind == ConcernKind.PREVENT
                            ? Agency.CHANNEL_PREVENT : Agency.LOCAL_AUTHORITY, "REF-" + (10_000 + n),
                            "Referred for an assessment.");
                } else {
                    safeguarding.record(handler, id, ActionKind.SUPPORT, null, null,
                            "A weekly check-in with the apprentice agreed.");
                }
                if (n % 2 == 1) {
                    safeguarding.close(handler, id, "Resolved with the apprentice; no further action.");
                }
            });
            added++;
        }
        return added;
    }

    private static final String[] WHAT_HAPPENED = {
        "The apprentice seemed withdrawn and said they are not sleeping.",
        "The apprentice mentioned comments from colleagues that upset them.",
        "The apprentice said something at the session that worried me."};

    /**
     * Support cases at the formal stages (one per 1,000 apprentices): stage 3 with its meeting, or on to stage 4
     * after a recommendation, by the tutor and the lead (docs/domain/support-policy.md).
     */
    int formalSupportCases(SupportCaseImport cases, int count) {
        cases.defaultClientPartner("Chris Partner", "client.partner@scale.test");
        CurrentUser lead = leaders.get(Leader.LEAD);
        LocalDate today = people.today();
        int added = 0;
        for (int i = 0; i < count; i++) {
            int a = spread(i, count, 5);
            if (ScaleActivity.supportPattern(a) != 0) {
                a++;
            }
            int n = i;
            int apprenticeship = a;
            tryTo("support case", () -> {
                CurrentUser coach = tutorOf(apprenticeship);
                UUID id = cases.open(coach, new ApprenticeshipId(people.apprenticeshipIds()[apprenticeship]), 2, "BOTH",
                        "Off-the-job hours behind and two missed project deadlines");
                cases.tellInPerson(coach, id, today.minusDays(40));
                cases.startStage3(coach, id, today.minusDays(38), "Extra check-ins with the coach and a wellbeing"
                        + " coach 1:1", "The off-the-job hours are still behind pace",
                        "Log the off-the-job hours for the last month", today.plusDays(10), n % 2 == 0
                                ? today.minusDays(24) : today.plusDays(14));
                cases.meeting(coach, id, today.minusDays(31), "Apprentice, coach, line manager", true,
                        "Hours logged for three of the four weeks", "Caught up on the journal",
                        "Little time at work for learning in busy weeks", "None", "A protected half-day each week",
                        null);
                if (n % 2 == 0) {
                    cases.meeting(coach, id, today.minusDays(26), "Apprentice, coach", false,
                            "No more hours logged", "Attended on time", "Workload at the employer", "None",
                            "Time with the technical coach", null);
                    cases.recommend(coach, id, "ESCALATE_TO_STAGE_4", "No hours logged by the agreed date");
                    cases.step(coach, id, "SEND_RECOMMENDATION_EMAIL");
                    cases.startStage(lead, id, 4, today.minusDays(20), today.plusDays(10));
                }
            });
            added++;
        }
        return added;
    }

    /** The first three months' survey, as the quality team would set it up: its id and its questions. */
    static UUID survey(FeedbackImport feedback) {
        return feedback.findSurvey(SURVEY).orElseGet(() -> feedback.survey(Leader.QUALITY.email, SURVEY,
                "FIRST_THREE_MONTHS", false, List.of(Map.entry("RATING", "How satisfied are you with your training"
                        + " so far?"), Map.entry("RATING", "How well does your tutor support you?"),
                        Map.entry("YES_NO", "Would you recommend us to a friend?"),
                        Map.entry("FREE_TEXT", "What could we do better?"))));
    }

    static final String SURVEY = "Learner satisfaction: first 3 months (reference data set)";
}
