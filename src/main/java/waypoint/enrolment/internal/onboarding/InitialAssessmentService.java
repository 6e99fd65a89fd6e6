package waypoint.enrolment.internal.onboarding;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Learners;
import waypoint.rules.EnglishAndMaths;
import waypoint.rules.Explanation;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.Source;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.FieldValidationException;

/**
 * The English and maths part of the initial assessment (the learner handbook, “English and Mathematics”): initial and
 * diagnostic results per subject, entered or imported from a diagnostic tool's CSV; an exemption by a Level 2
 * certificate, uploaded and then verified by staff; and whether functional skills are required, from the rule pack and
 * the employer's decision for learners aged 19 or over.
 */
@Service
public class InitialAssessmentService {

    static final long CERTIFICATE_LIMIT = 10L * 1024 * 1024;
    static final long CSV_LIMIT = 2L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final OnboardingPolicy policy;
    private final OnboardingRules rules;
    private final FormTaskService forms;
    private final FileUploads uploads;
    private final waypoint.shared.files.FileStore files;
    private final Learners learners;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InitialAssessmentService(JdbcClient jdbc, OnboardingPolicy policy, OnboardingRules rules, FormTaskService forms,
            FileUploads uploads, waypoint.shared.files.FileStore files, Learners learners, Clock clock,
            ApplicationEventPublisher events) {
        this.files = files;
        this.jdbc = jdbc;
        this.policy = policy;
        this.rules = rules;
        this.forms = forms;
        this.uploads = uploads;
        this.learners = learners;
        this.clock = clock;
        this.events = events;
    }

    public record Result(Subject subject, String kind, String result, LocalDate assessedOn, String source) {

        public String kindWords() {
            return kind.equals("INITIAL") ? "Initial assessment" : "Diagnostic assessment";
        }
    }

    public record Exemption(Subject subject, String qualification, String certificateFileId, String certificateName,
            Instant uploadedAt, Instant verifiedAt) {

        public boolean verified() {
            return verifiedAt != null;
        }
    }

    /** Functional skills: required or not, and why, in the rule pack's words. */
    public record Requirement(Optional<EnglishAndMaths> decision, List<String> explanation) {
    }

    /**
     * @param carriedFrom where the English and maths answers were carried over from (the application), until staff
     *                    save the assessment; null when typed by staff
     */
    public record Assessment(ApprenticeshipSummary apprenticeship, TaskAnswers answers, List<Result> results,
            List<Exemption> exemptions, Requirement functionalSkills, boolean mayManage, String carriedFrom) {

        public List<Result> results(Subject subject) {
            return results.stream().filter(r -> r.subject() == subject).toList();
        }

        public Optional<Exemption> exemption(Subject subject) {
            return exemptions.stream().filter(e -> e.subject() == subject).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public Assessment assessment(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        TaskAnswers answers = forms.read(apprenticeshipId, OnboardingTask.INITIAL_ASSESSMENT);
        return new Assessment(apprenticeship, answers, results(apprenticeshipId), exemptions(apprenticeshipId),
                requirement(apprenticeship), policy.canManage(user, apprenticeship),
                forms.carriedFrom(apprenticeshipId, OnboardingTask.INITIAL_ASSESSMENT).orElse(null));
    }

    /** What the funding rules require, with the employer's decision as the initial assessment records it. */
    Requirement requirement(ApprenticeshipSummary apprenticeship) {
        Optional<RuleEvaluation> evaluation = rules.evaluate(apprenticeship);
        return new Requirement(evaluation.map(RuleEvaluation::englishAndMaths), evaluation
                .map(e -> e.explanations().stream().filter(x -> x.source().name().startsWith("ENGLISH_AND_MATHS"))
                        .map(Explanation::sentence).toList())
                .orElse(List.of("The funding rules could not be applied yet: check the apprenticeship's standard,"
                        + " dates and hours, and the learner's date of birth")));
    }

    List<Result> results(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT subject, kind, result, assessed_on, source FROM english_maths_result
                WHERE apprenticeship_id = :id ORDER BY subject, kind DESC, assessed_on, recorded_at""")
                .param("id", apprenticeshipId)
                .query((rs, n) -> new Result(Subject.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5))).list();
    }

    List<Exemption> exemptions(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT subject, qualification, certificate_file_id, certificate_name, uploaded_at, verified_at
                FROM english_maths_exemption WHERE apprenticeship_id = :id ORDER BY subject""")
                .param("id", apprenticeshipId)
                .query((rs, n) -> new Exemption(Subject.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())).list();
    }

    /**
     * Refuses who may not record results: not found for who may not see the apprenticeship, denied for who may see it
     * only. A page or an API checks this before it reads what was sent.
     */
    @Transactional(readOnly = true)
    public void requireRecorder(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.requireManage(user, apprenticeshipId);
    }

    /**
     * An initial or diagnostic result ({@code kind} INITIAL or DIAGNOSTIC) as the form gives it, checked: it is
     * recorded on a day that has happened.
     */
    @Transactional
    public void addResult(CurrentUser user, ApprenticeshipId apprenticeshipId, Subject subject, String kind,
            String result,
            LocalDate assessedOn) {
        policy.requireManage(user, apprenticeshipId);
        if (assessedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("assessedOn", "The date of the assessment must be today or in the"
                    + " past");
        }
        insert(user, apprenticeshipId, List.of(new DiagnosticCsv.Row(subject, kind, result.strip(), assessedOn)),
                "Entered");
    }

    /** Imports a diagnostic tool's CSV export: all of the learner's rows, or none with every error listed. */
    @Transactional
    public int importResults(CurrentUser user, ApprenticeshipId apprenticeshipId, String fileName,
            InputStream content) {
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, apprenticeshipId);
        UploadedFile file = uploads.accept(fileName, content, java.util.Set.of(FileKind.TEXT), CSV_LIMIT);
        String uln = learners.find(apprenticeship.learnerId()).map(l -> l.uln()).orElse("");
        DiagnosticCsv.Reading reading;
        try (InputStream stored = files.open(file.fileId())) {
            reading = DiagnosticCsv.read(stored, uln);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!reading.errors().isEmpty()) {
            throw new FieldValidationException("file", "The file was not imported: "
                    + String.join(". ", reading.errors().subList(0, Math.min(10, reading.errors().size())))
                    + (reading.errors().size() > 10 ? ". And " + (reading.errors().size() - 10) + " more" : ""));
        }
        insert(user, apprenticeshipId, reading.rows(), "Imported from " + file.name());
        return reading.rows().size();
    }

    private void insert(CurrentUser user, ApprenticeshipId apprenticeshipId, List<DiagnosticCsv.Row> rows,
            String source) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO english_maths_result (id, apprenticeship_id, subject, kind, result, assessed_on, source,
                                                  recorded_at, recorded_by)
                SELECT gen_random_uuid(), :id, r.subject, r.kind, r.result, r.assessed_on, :source, :now, :by
                FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                     AS r(subject text, kind text, result text, assessed_on date)""")
                .param("id", apprenticeshipId).param("source", source).param("now", now).param("by", user.id())
                .param("rows", json(rows)).update();
        events.publishEvent(RecordChanged.updated("English and maths results", apprenticeshipId.value(), null,
                rows.size() + " results " + source.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String json(List<DiagnosticCsv.Row> rows) {
        return rows.stream().map(r -> "{\"subject\":\"" + r.subject().name() + "\",\"kind\":\"" + r.kind()
                + "\",\"result\":" + quote(r.result()) + ",\"assessed_on\":\"" + r.assessedOn() + "\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Refused unless the person may upload an exemption's certificate: the apprentice, or staff managing it. */
    @Transactional(readOnly = true)
    public void requireUploader(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        if (!policy.canManage(user, apprenticeship) && !policy.isLearner(user, apprenticeship)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the apprentice and staff working on the apprenticeship upload certificates");
        }
    }

    /**
     * The certificate for an exemption, its subject and qualification checked on the form; staff then verify it. A
     * new upload replaces an unverified one.
     */
    @Transactional
    public void uploadExemption(CurrentUser user, ApprenticeshipId apprenticeshipId, Subject subject,
            String qualification,
            String fileName, InputStream certificate) {
        requireUploader(user, apprenticeshipId);
        UploadedFile file = uploads.accept(fileName, certificate, FileKind.DOCUMENTS, CERTIFICATE_LIMIT);
        jdbc.sql("""
                INSERT INTO english_maths_exemption (apprenticeship_id, subject, qualification, certificate_file_id,
                                                     certificate_name, uploaded_at, uploaded_by)
                VALUES (:id, :subject, :qualification, :file, :name, :now, :by)
                ON CONFLICT (apprenticeship_id, subject) DO UPDATE SET qualification = excluded.qualification,
                    certificate_file_id = excluded.certificate_file_id, certificate_name = excluded.certificate_name,
                    uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by,
                    verified_at = NULL, verified_by = NULL""")
                .param("id", apprenticeshipId).param("subject", subject.name())
                .param("qualification", qualification.strip()).param("file", file.fileId())
                .param("name", file.name()).param("now", Timestamp.from(clock.instant())).param("by", user.id())
                .update();
        events.publishEvent(RecordChanged.updated("English and maths exemption", apprenticeshipId.value(), null,
                subject.words() + " certificate uploaded: " + file.name()));
    }

    @Transactional
    public void verifyExemption(CurrentUser user, ApprenticeshipId apprenticeshipId, String subject) {
        policy.requireManage(user, apprenticeshipId);
        Subject parsed = Subject.parse(subject).orElseThrow(() -> new FieldValidationException("subject",
                "Choose English or maths"));
        int updated = jdbc.sql("""
                UPDATE english_maths_exemption SET verified_at = :now, verified_by = :by
                WHERE apprenticeship_id = :id AND subject = :subject AND verified_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("by", user.id()).param("id", apprenticeshipId)
                .param("subject", parsed.name()).update();
        if (updated == 1) {
            events.publishEvent(RecordChanged.updated("English and maths exemption", apprenticeshipId.value(),
                    "certificate not verified", parsed.words() + " certificate verified"));
        }
    }

    /** The certificate file to download, after the same check as the page that links it. */
    @Transactional(readOnly = true)
    public Optional<Exemption> certificate(CurrentUser user, ApprenticeshipId apprenticeshipId, String subject) {
        policy.requireView(user, apprenticeshipId);
        return Subject.parse(subject).flatMap(s -> exemptions(apprenticeshipId).stream()
                .filter(e -> e.subject() == s).findFirst());
    }
}
