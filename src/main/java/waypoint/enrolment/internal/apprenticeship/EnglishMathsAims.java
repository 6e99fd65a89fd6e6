package waypoint.enrolment.internal.apprenticeship;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualification.Subject;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TrainingPlans;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * Choosing the qualification of an apprentice's English and maths study, and recording it achieved
 * (docs/domain/english-and-maths-aims.md). Those who see the apprenticeship read it; those who manage it, and the data
 * officer, who prepares the ILR return, choose and record. Every route (page, API, an ILR file, the demo) goes through
 * {@link EnglishMathsAim}, which guards the rules.
 */
@Service
public class EnglishMathsAims {

    private final JdbcClient jdbc;
    private final ApprenticeshipRepository apprenticeships;
    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final EnglishMathsQualifications qualifications;
    private final TrainingPlans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnglishMathsAims(JdbcClient jdbc, ApprenticeshipRepository apprenticeships, ApprenticeshipPolicy policy,
            ApprenticeshipViewers viewers, EnglishMathsQualifications qualifications, TrainingPlans plans,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.apprenticeships = apprenticeships;
        this.policy = policy;
        this.viewers = viewers;
        this.qualifications = qualifications;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** One subject as a page shows it: what the training plan plans, the qualification chosen and its dates. */
    public record Study(Subject subject, FunctionalSkillsLevel planned, EnglishMathsQualification qualification,
                        LocalDate startDate, LocalDate plannedEndDate, LocalDate achievedOn) {

        public boolean chosen() {
            return qualification != null;
        }

        /** Studied but no qualification chosen: the ILR return cannot write the aim. */
        public boolean missing() {
            return planned != null && qualification == null;
        }
    }

    /** English and maths of an apprenticeship, with whether the person may choose, and the qualifications to choose. */
    public record Page(ApprenticeshipId apprenticeshipId, LocalDate apprenticeshipStart,
            LocalDate apprenticeshipPlannedEnd,
                       List<Study> studies, boolean mayChoose, List<EnglishMathsQualification> qualifications) {
    }

    @Transactional(readOnly = true)
    public Page page(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        Apprenticeship a = visible(user, apprenticeshipId);
        PlannedFunctionalSkills planned = plans.functionalSkillsPlanned(apprenticeshipId);
        List<Study> studies = Arrays.stream(Subject.values()).map(subject -> {
            EnglishMathsAim aim = load(apprenticeshipId, subject).orElse(null);
            return new Study(subject, level(planned, subject), aim == null ? null
                    : qualifications.find(aim.qualificationId()).orElse(null), aim == null ? null : aim.startDate(),
                    aim == null ? null : aim.plannedEndDate(), aim == null ? null : aim.achievedOn());
        }).toList();
        return new Page(new ApprenticeshipId(a.id()), a.startDate(), a.plannedEndDate(), studies,
                policy.canRecordEmployment(viewers.of(user), a), qualifications.all());
    }

    /** Chooses the qualification of one subject, with the study's dates (the apprenticeship's when not given). */
    @Transactional
    public Study choose(CurrentUser user, ApprenticeshipId apprenticeshipId, Subject subject, UUID qualificationId,
            LocalDate start, LocalDate plannedEnd) {
        Apprenticeship a = visible(user, apprenticeshipId);
        if (!policy.canRecordEmployment(viewers.of(user), a)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship, and the data officer, choose"
                    + " its English and maths qualifications");
        }
        choose(a, subject, qualificationId, start, plannedEnd, user.id());
        return page(user, apprenticeshipId).studies().get(subject.ordinal());
    }

    /** Records the day learning ended with the qualification of one subject achieved. */
    @Transactional
    public Study recordAchieved(CurrentUser user, ApprenticeshipId apprenticeshipId, Subject subject, LocalDate on) {
        Apprenticeship a = visible(user, apprenticeshipId);
        if (!policy.canRecordEmployment(viewers.of(user), a)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship, and the data officer, record"
                    + " its English and maths achievements");
        }
        achieved(a, subject, on, user.id());
        return page(user, apprenticeshipId).studies().get(subject.ordinal());
    }

    /** For the system (an ILR file brought in, the demo data): the same rules, by the qualification's reference. */
    @Transactional
    public void chooseForTheSystem(ApprenticeshipId apprenticeshipId, Subject subject, UUID qualificationId,
            LocalDate start,
            LocalDate plannedEnd, LocalDate achievedOn) {
        Apprenticeship a = apprenticeships.findById(apprenticeshipId.value())
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
        choose(a, subject, qualificationId, start, plannedEnd, null);
        if (achievedOn != null) {
            achieved(a, subject, achievedOn, null);
        }
    }

    private void choose(Apprenticeship a, Subject subject, UUID qualificationId, LocalDate start,
            LocalDate plannedEnd, UUID by) {
        EnglishMathsQualification qualification = qualificationId == null ? null
                : qualifications.find(qualificationId).orElseThrow(() -> new FieldValidationException(
                        "qualificationId", "That qualification is not one the provider delivers"));
        ApprenticeshipId id = new ApprenticeshipId(a.id());
        EnglishMathsAim aim = load(id, subject).orElseGet(() -> EnglishMathsAim.none(id, subject));
        String before = describe(aim);
        aim.choose(qualification, level(plans.functionalSkillsPlanned(new ApprenticeshipId(a.id())), subject),
                a.startDate(),
                start == null ? a.startDate() : start, plannedEnd == null ? a.plannedEndDate() : plannedEnd);
        save(aim, by);
        events.publishEvent(RecordChanged.updated("Apprenticeship", a.id(), before, describe(aim)));
    }

    private void achieved(Apprenticeship a, Subject subject, LocalDate on, UUID by) {
        ApprenticeshipId id = new ApprenticeshipId(a.id());
        EnglishMathsAim aim = load(id, subject).orElseGet(() -> EnglishMathsAim.none(id, subject));
        String before = describe(aim);
        aim.recordAchieved(on, LocalDate.now(clock));
        save(aim, by);
        events.publishEvent(RecordChanged.updated("Apprenticeship", a.id(), before, describe(aim)));
    }

    private Apprenticeship visible(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        return policy.seenBy(viewer, apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    private static FunctionalSkillsLevel level(PlannedFunctionalSkills planned, Subject subject) {
        return subject == Subject.ENGLISH ? planned.english() : planned.maths();
    }

    private String describe(EnglishMathsAim aim) {
        if (!aim.chosen()) {
            return aim.subject().label() + ": no qualification chosen";
        }
        String words = qualifications.find(aim.qualificationId()).map(EnglishMathsQualification::inWords)
                .orElse("a qualification");
        return aim.subject().label() + ": " + words + " from " + aim.startDate() + " to " + aim.plannedEndDate()
                + (aim.achievedOn() == null ? "" : ", achieved " + aim.achievedOn());
    }

    private Optional<EnglishMathsAim> load(ApprenticeshipId apprenticeshipId, Subject subject) {
        return jdbc.sql("""
                        SELECT qualification_id, start_date, planned_end_date, achieved_on FROM english_maths_aim
                        WHERE apprenticeship_id = :id AND subject = :subject""")
                .param("id", apprenticeshipId).param("subject", subject.name())
                .query((rs, n) -> EnglishMathsAim.of(apprenticeshipId, subject, rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))).optional();
    }

    /** Saves the whole study as the aggregate holds it. */
    private void save(EnglishMathsAim aim, UUID by) {
        jdbc.sql("""
                        INSERT INTO english_maths_aim (apprenticeship_id, subject, qualification_id, start_date,
                                                       planned_end_date, achieved_on, recorded_at, recorded_by)
                        VALUES (:id, :subject, :qualification, :start, :end, :achieved, :at, :by)
                        ON CONFLICT (apprenticeship_id, subject) DO UPDATE
                            SET qualification_id = EXCLUDED.qualification_id, start_date = EXCLUDED.start_date,
                                planned_end_date = EXCLUDED.planned_end_date, achieved_on = EXCLUDED.achieved_on,
                                recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by""")
                .param("id", aim.apprenticeshipId()).param("subject", aim.subject().name())
                .param("qualification", aim.qualificationId()).param("start", aim.startDate())
                .param("end", aim.plannedEndDate()).param("achieved", aim.achievedOn())
                .param("at", Timestamp.from(clock.instant())).param("by", by).update();
    }
}
