package waypoint.feedback.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.LearnerAccess;
import waypoint.organisation.LearnerId;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * Raising feedback: a learner or employer contact raising their own, staff recording it on someone's behalf, anyone
 * through the public form, and an end-point assessment appeal from the epa module. Validates, gives the case its
 * first handler and deadlines, records it and tells the complainant and the handler.
 */
@Service
public class FeedbackRaising {

    private final FeedbackRepository cases;
    private final FeedbackReads reads;
    private final Timeline timeline;
    private final Handlers handlers;
    private final Learners learners;
    private final LearnerAccess learnerAccess;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    FeedbackRaising(FeedbackRepository cases, FeedbackReads reads, Timeline timeline, Handlers handlers,
            Learners learners, LearnerAccess learnerAccess, Letters letters, ApplicationEventPublisher events,
            Clock clock, JdbcClient jdbc) {
        this.cases = cases;
        this.reads = reads;
        this.timeline = timeline;
        this.handlers = handlers;
        this.learners = learners;
        this.learnerAccess = learnerAccess;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * A learner or employer contact raises their own feedback; staff raise it on someone's behalf, by phone, letter,
     * email or in person, received today or before, for a learner they work with. The form has checked what was
     * typed; these are the rules of who raises what.
     */
    @Transactional
    public UUID raise(CurrentUser user, RaiseFeedback form) {
        checkAppeal(form);
        Instant now = clock.instant();
        Feedback.Raised raised;
        if (user.isStaff()) {
            Channel channel = form.channel() == null ? Channel.EMAIL : form.channel();
            if (!channel.isOnBehalf()) {
                throw new FieldValidationException("channel",
                        "Select how the feedback was received: phone, letter, email or in person");
            }
            if (form.receivedAt() != null && form.receivedAt().isAfter(now)) {
                throw new FieldValidationException("receivedAt", "The date received must be today or in the past");
            }
            LearnerSummary learner = null;
            if (form.learnerId() != null) {
                learner = learners.find(new LearnerId(form.learnerId())).filter(l -> learnerAccess.canView(user,
                        l.id()))
                        .orElseThrow(() -> new FieldValidationException("learnerId", "Select a learner you work with"));
            }
            ComplainantType type = form.complainantType() == null
                    ? (learner != null ? ComplainantType.LEARNER : ComplainantType.OTHER) : form.complainantType();
            boolean isLearner = learner != null && type == ComplainantType.LEARNER;
            String name = Checks.blank(form.complainantName()) && isLearner ? learner.fullName() : form.complainantName();
            String email = Checks.blank(form.complainantEmail()) && isLearner ? learner.email() : form.complainantEmail();
            if (Checks.blank(name)) {
                throw new FieldValidationException("complainantName",
                        "Enter the name of the person giving the feedback");
            }
            raised = raised(form, channel, user.id(), isLearner ? learner.accountId() : null, name, email, type,
                    learner == null ? null : learner.id().value());
        } else {
            LearnerSummary self = user.has(Role.LEARNER) ? learners.findByAccount(user.id()).orElse(null) : null;
            UUID learnerId = self != null ? self.id().value() : null;
            if (user.has(Role.EMPLOYER_CONTACT) && form.learnerId() != null) {
                if (!learnerAccess.canView(user, new LearnerId(form.learnerId()))) {
                    throw new FieldValidationException("learnerId", "Select one of your apprentices");
                }
                learnerId = form.learnerId();
            }
            raised = raised(form, Channel.ONLINE, user.id(), user.id(), user.displayName(), user.email(),
                    user.has(Role.LEARNER) ? ComplainantType.LEARNER : ComplainantType.EMPLOYER, learnerId);
        }
        Instant receivedAt = user.isStaff() && form.receivedAt() != null ? form.receivedAt() : now;
        return create(raised, receivedAt, user.displayName());
    }

    /**
     * Anyone at all, through the public form: no account; confirmation by email. The form has checked that they
     * said who they are and how to reach them.
     */
    @Transactional
    public Feedback raisePublic(RaiseFeedback form) {
        checkAppeal(form);
        Feedback.Raised raised = raised(form, Channel.PUBLIC_FORM, null, null, form.complainantName().strip(),
                form.complainantEmail().strip(), form.complainantType(), null);
        UUID id = create(raised, clock.instant(), form.complainantName().strip() + " (public form)");
        return cases.findById(id).orElseThrow();
    }

    private Feedback.Raised raised(RaiseFeedback form, Channel channel, UUID raisedBy, UUID complainantAccount,
            String name, String email, ComplainantType type, UUID learnerId) {
        return new Feedback.Raised(form.kind(), Boolean.TRUE.equals(form.formal()), channel, raisedBy,
                complainantAccount, name, Checks.blank(email) ? null : email.strip(), type, learnerId,
                form.aboutAccountId(), form.aboutAccountId() == null ? null : handlers.nameOf(form.aboutAccountId()),
                form.summary().strip(), form.details().strip(),
                form.category() == null ? Category.OTHER : form.category(), Boolean.TRUE.equals(form.under18()),
                null, null, null, null, null, Boolean.TRUE.equals(form.prefersOperationsManager()),
                Boolean.TRUE.equals(form.wantsResponse()), form.appealRoute(), form.assessmentDate(),
                form.kind() == FeedbackKind.APPEAL ? form.organisationAppealBy() : null);
    }

    /** An appeal's assessment took place today or before, and its last day to appeal is not before it. */
    private void checkAppeal(RaiseFeedback form) {
        if (form.kind() != FeedbackKind.APPEAL || form.assessmentDate() == null) {
            return;
        }
        if (form.assessmentDate().isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("assessmentDate",
                    "The date of the assessment must be today or in the past");
        }
        if (form.organisationAppealBy() != null && form.organisationAppealBy().isBefore(form.assessmentDate())) {
            throw new FieldValidationException("organisationAppealBy",
                    "The last day to appeal must be on or after the date of the assessment");
        }
    }

    private UUID create(Feedback.Raised raised, Instant receivedAt, String actor) {
        Deadlines deadlines = reads.deadlines();
        LocalDate receivedOn = receivedAt.atZone(LONDON).toLocalDate();
        long number = jdbc.sql("SELECT nextval('feedback_reference_seq')").query(Long.class).single();
        String reference = "FB-" + String.format("%05d", number);
        Feedback f = Feedback.raise(reference, raised, receivedAt, receivedOn, firstOwner(raised), deadlines);
        f = cases.save(f);
        timeline.addHandler(f.id(), f.ownerAccountId());
        if (f.channel().isOnBehalf()) {
            // staff who record feedback on someone's behalf are among the people handling it
            timeline.addHandler(f.id(), f.raisedByAccountId());
        }
        timeline.add(f.id(), clock.instant(), actor, "Raised " + describe(f),
                "Received " + Letters.date(receivedOn) + " by " + f.channel().label().toLowerCase() + ".");
        events.publishEvent(RecordChanged.created(Feedback.RECORD_TYPE, f.id(), f.summaryLine()));
        letters.received(f);
        handlers.tellOwner(f, "New " + describe(f) + " for you: " + f.reference());
        return f.id();
    }

    /**
     * Who handles the case first. A complaint goes to the handler its stage names (your complaints policy): at
     * stage 1 the learner's teaching mentor, unless the complainant prefers the Operations Manager or the
     * complaint is about the mentor; at stage 2 the Operations Manager; never the person complained about. Nobody,
     * if nobody may: the case then waits to be given to someone. Appeals go to the quality role, compliments and
     * suggestions to the Operations Manager.
     */
    private StaffMember firstOwner(Feedback.Raised raised) {
        if (raised.kind() == FeedbackKind.APPEAL) {
            return handlers.quality().flatMap(handlers::member).orElse(null);
        }
        if (raised.kind() != FeedbackKind.COMPLAINT) {
            return handlers.operationsManager().flatMap(handlers::member).orElse(null);
        }
        int stage = raised.formal() ? 2 : 1;
        List<Role> jobs = ComplaintStages.handlersOf(stage, raised.prefersOperationsManager());
        if (stage == 1 && jobs.contains(Role.TUTOR) && raised.learnerId() != null) {
            Optional<StaffMember> mentor = learners.find(new LearnerId(raised.learnerId()))
                    .map(LearnerSummary::tutorAccountId)
                    .flatMap(handlers::member)
                    .filter(m -> m.holdsAny(Set.of(Role.TUTOR)) && !m.id().equals(raised.aboutAccountId()));
            if (mentor.isPresent()) {
                return mentor.get();
            }
        }
        // any teaching mentor will not do: only the learner's own; otherwise the Operations Manager
        return handlers.first(jobs.stream().filter(r -> r != Role.TUTOR).toList(),
                m -> !m.id().equals(raised.aboutAccountId())).orElse(null);
    }

    private static String describe(Feedback f) {
        return f.kind() == FeedbackKind.COMPLAINT ? (f.formal() ? "formal complaint" : "informal complaint")
                : f.kind().label().toLowerCase();
    }

    /**
     * Links a just-raised appeal to the end-point assessment it is about (see
     * {@link waypoint.feedback.EndPointAssessmentAppeals}); answers the case's reference.
     */
    @Transactional
    public String linkToEndPointAssessment(UUID id, ApprenticeshipId apprenticeshipId, String epao, String method,
            String grade,
            LocalDate appealBy) {
        Feedback f = cases.findById(id).orElseThrow(() -> new NotFoundException("No feedback " + id));
        f.linkToEndPointAssessment(apprenticeshipId, epao, method, grade, appealBy);
        Feedback saved = cases.save(f);
        timeline.add(id, clock.instant(), "Waypoint", "Linked to the end-point assessment",
                method + ", graded " + grade + " by " + epao);
        return saved.reference();
    }

}
