package waypoint.enrolment.internal.onboarding;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.money.GovUkMoney;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.rules.Explanation;
import waypoint.rules.PriorLearning;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.Source;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.FieldValidationException;

/**
 * Recognition of prior learning (the learner handbook, “Recognised prior learning”; docs/domain/funding-rules.md,
 * Recognition of prior learning): the learner applies with evidence, staff decide the hours recognised, and the rule
 * pack works out what they reduce (minimum off-the-job hours, duration, price), kept with the decision in words.
 */
@Service
public class PriorLearningService {

    static final long EVIDENCE_LIMIT = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final OnboardingPolicy policy;
    private final OnboardingProgress progress;
    private final OnboardingRules rules;
    private final FormTaskService forms;
    private final FileUploads uploads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PriorLearningService(JdbcClient jdbc, OnboardingPolicy policy, OnboardingProgress progress, OnboardingRules rules,
            FormTaskService forms, FileUploads uploads, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.progress = progress;
        this.rules = rules;
        this.forms = forms;
        this.uploads = uploads;
        this.clock = clock;
        this.evidenceKinds = FileKind.DOCUMENTS;
        this.events = events;
    }

    private final java.util.Set<FileKind> evidenceKinds;

    public record Claim(String application, String evidenceFileId, String evidenceName, Instant appliedAt,
            BigDecimal hoursRecognised, String decisionReason, String explanation, Instant decidedAt, int version) {

        public boolean decided() {
            return decidedAt != null;
        }

        public java.util.List<String> explanationLines() {
            return explanation == null ? java.util.List.of() : explanation.lines().toList();
        }
    }

    public record PriorLearningPage(ApprenticeshipSummary apprenticeship, Optional<Claim> claim, TaskState state,
            boolean mayApply, boolean mayDecide) {
    }

    @Transactional(readOnly = true)
    public PriorLearningPage page(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        TaskState state = progress.states(apprenticeship).get(OnboardingTask.PRIOR_LEARNING);
        Optional<Claim> claim = claim(apprenticeshipId);
        boolean open = state != TaskState.CANNOT_START_YET && claim.map(c -> !c.decided()).orElse(true);
        return new PriorLearningPage(apprenticeship, claim, state, open && policy.isLearner(user, apprenticeship),
                open && policy.canManage(user, apprenticeship));
    }

    Optional<Claim> claim(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT application, evidence_file_id, evidence_name, applied_at, hours_recognised, decision_reason,
                       explanation, decided_at, version
                FROM prior_learning WHERE apprenticeship_id = :id""").param("id", apprenticeshipId)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getInt(9)))
                .optional();
    }

    /** The learner's application, with an optional evidence file; it may be changed until staff decide. */
    @Transactional
    public void apply(CurrentUser user, ApprenticeshipId apprenticeshipId, String application, String fileName,
            InputStream evidence) {
        ApprenticeshipSummary apprenticeship = policy.requireLearner(user, apprenticeshipId);
        requireOpen(apprenticeship);
        if (application == null || application.isBlank()) {
            throw new FieldValidationException("application",
                    "Describe the qualifications or experience you want recognised");
        }
        if (application.length() > 4000) {
            throw new FieldValidationException("application", "Your application must be 4000 characters or fewer");
        }
        Optional<UploadedFile> file = evidence == null ? Optional.empty()
                : Optional.of(uploads.accept(fileName, evidence, evidenceKinds, EVIDENCE_LIMIT));
        jdbc.sql("""
                INSERT INTO prior_learning (apprenticeship_id, application, evidence_file_id, evidence_name,
                                            applied_at, applied_by)
                VALUES (:id, :application, :file, :name, :now, :by)
                ON CONFLICT (apprenticeship_id) DO UPDATE SET application = excluded.application,
                    evidence_file_id = coalesce(excluded.evidence_file_id, prior_learning.evidence_file_id),
                    evidence_name = coalesce(excluded.evidence_name, prior_learning.evidence_name),
                    applied_at = excluded.applied_at, applied_by = excluded.applied_by,
                    version = prior_learning.version + 1
                WHERE prior_learning.decided_at IS NULL""")
                .param("id", apprenticeshipId).param("application", application.strip())
                .param("file", file.map(UploadedFile::fileId).orElse(null))
                .param("name", file.map(UploadedFile::name).orElse(null))
                .param("now", Timestamp.from(clock.instant())).param("by", user.id()).update();
        events.publishEvent(RecordChanged.updated("prior learning application", apprenticeshipId.value(), null,
                "applied" + file.map(f -> " with evidence " + f.name()).orElse("")));
    }

    /**
     * Refuses who may not decide: not found for who may not see the apprenticeship, denied for who may see it only. A
     * page or an API checks this before it reads what was sent.
     */
    @Transactional(readOnly = true)
    public void requireDecider(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.requireManage(user, apprenticeshipId);
    }

    /**
     * Staff record the decision: the hours recognised (0 to recognise none, at most 5000) and why (the form asks for
     * both). With no application, staff record that the learner claims no prior learning, which is a decision of 0
     * hours.
     */
    @Transactional
    public Claim decide(CurrentUser user, ApprenticeshipId apprenticeshipId, BigDecimal hours, String reason) {
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, apprenticeshipId);
        requireOpen(apprenticeship);
        if (hours.signum() < 0 || hours.compareTo(new BigDecimal("5000")) > 0) {
            throw new FieldValidationException("hoursRecognised", "Hours recognised must be from 0 to 5000");
        }
        Optional<RuleEvaluation> evaluation = rules.evaluateWithPriorLearning(apprenticeship, hours);
        String explanation = explain(evaluation);
        Optional<PriorLearning> reductions = evaluation.flatMap(RuleEvaluation::priorLearning);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO prior_learning (apprenticeship_id, application, applied_at, applied_by)
                VALUES (:id, 'No prior learning claimed (recorded by staff)', :now, :by)
                ON CONFLICT (apprenticeship_id) DO NOTHING""")
                .param("id", apprenticeshipId).param("now", now).param("by", user.id()).update();
        jdbc.sql("""
                UPDATE prior_learning SET hours_recognised = :hours, decision_reason = :reason,
                       explanation = :explanation, decided_at = :now, decided_by = :by, version = version + 1,
                       prior_learning_percentage = :percentage, reduced_minimum_otj_hours = :reducedMinimum,
                       duration_reduction_days = :shorterBy, price_reduction_percentage = :pricePercentage,
                       minimum_price_reduction = :priceReduction
                WHERE apprenticeship_id = :id AND decided_at IS NULL""")
                .param("percentage", reductions.map(PriorLearning::percentage).orElse(null))
                .param("reducedMinimum", reductions.map(PriorLearning::reducedMinimumOtjHours).orElse(null))
                .param("shorterBy", reductions.map(r -> (int) r.durationReductionDays()).orElse(null))
                .param("pricePercentage", reductions.map(PriorLearning::minimumPriceReductionPercentage).orElse(null))
                .param("priceReduction", reductions.map(r -> r.minimumPriceReduction().pounds()).orElse(null))
                .param("hours", hours.setScale(1, java.math.RoundingMode.HALF_UP)).param("reason", reason.strip())
                .param("explanation", explanation).param("now", now).param("by", user.id())
                .param("id", apprenticeshipId).update();
        events.publishEvent(RecordChanged.updated("prior learning decision", apprenticeshipId.value(), null,
                hours.toPlainString() + " hours recognised"));
        return claim(apprenticeshipId).orElseThrow();
    }

    /** The rule pack's account of what the hours reduce, as sentences each ending with its source. */
    private static String explain(Optional<RuleEvaluation> evaluation) {
        if (evaluation.isEmpty()) {
            return "The funding rules could not be applied to this apprenticeship (check its standard and dates), so"
                    + " the reductions are not worked out.";
        }
        String sentences = evaluation.get().explanations().stream()
                .filter(e -> e.source() == Source.PRIOR_LEARNING).map(Explanation::sentence)
                .collect(Collectors.joining("\n"));
        Optional<PriorLearning> figures = evaluation.get().priorLearning();
        return figures.map(f -> "Minimum off-the-job hours after prior learning: "
                + f.reducedMinimumOtjHours().toPlainString() + " hours. Duration shorter by "
                + f.durationReductionDays() + " days. Training price at least "
                + GovUkMoney.words(f.minimumPriceReduction()) + " lower.\n").orElse("") + sentences;
    }

    private void requireOpen(ApprenticeshipSummary apprenticeship) {
        if (progress.states(apprenticeship).get(OnboardingTask.PRIOR_LEARNING) == TaskState.CANNOT_START_YET) {
            throw new OnboardingStepRefusedException(
                    "Recognition of prior learning cannot start yet: complete the skills scan first");
        }
        if (claim(apprenticeship.id()).map(Claim::decided).orElse(false)) {
            throw new OnboardingStepRefusedException("Prior learning has been decided and cannot be changed here");
        }
    }
}
