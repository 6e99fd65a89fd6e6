package waypoint.portfolio;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.portfolio.internal.ClaimDecision;
import waypoint.portfolio.internal.DocumentType;
import waypoint.portfolio.internal.Documents;
import waypoint.portfolio.internal.EvidenceAssessments;
import waypoint.portfolio.internal.EvidenceDecision;
import waypoint.portfolio.internal.EvidenceDraft;
import waypoint.portfolio.internal.EvidenceForm;
import waypoint.portfolio.internal.EvidenceReading;
import waypoint.portfolio.internal.EvidenceSubmissions;
import waypoint.portfolio.internal.EvidenceType;
import waypoint.portfolio.internal.Journal;
import waypoint.portfolio.internal.QualitySamples;
import waypoint.portfolio.internal.Showcase;
import waypoint.portfolio.internal.Upload;

/**
 * Portfolio records made by the demo data and tests, through the same services (and so the same rules and
 * authorisation) as the pages, acting as the person given.
 */
@Service
public class PortfolioImport {

    private final EvidenceReading reading;
    private final EvidenceSubmissions submissions;
    private final EvidenceAssessments assessments;
    private final Journal journal;
    private final Documents documents;
    private final JdbcClient jdbc;
    private final waypoint.enrolment.Apprenticeships apprenticeships;
    private final waypoint.portfolio.internal.KsbCatalogue ksbs;
    private final Showcase showcase;
    private final QualitySamples samples;

    PortfolioImport(EvidenceReading reading, EvidenceSubmissions submissions,
            EvidenceAssessments assessments, Journal journal, Documents documents, JdbcClient jdbc,
            waypoint.enrolment.Apprenticeships apprenticeships, waypoint.portfolio.internal.KsbCatalogue ksbs,
            Showcase showcase, QualitySamples samples) {
        this.showcase = showcase;
        this.samples = samples;
        this.apprenticeships = apprenticeships;
        this.ksbs = ksbs;
        this.reading = reading;
        this.submissions = submissions;
        this.assessments = assessments;
        this.journal = journal;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** The KSB codes of the apprenticeship's standard version, K first, then S, then B. */
    public List<String> ksbCodes(ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).map(ksbs::codes).orElse(List.of());
    }

    public boolean hasEvidence(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portfolio_evidence WHERE apprenticeship_id = :a)")
                .param("a", apprenticeshipId).query(Boolean.class).single();
    }

    /** Written evidence; {@code type} is a type code such as {@code ASSIGNMENT}. */
    public UUID addText(CurrentUser by, ApprenticeshipId apprenticeshipId, String title, String type, LocalDate date,
            String text, List<String> ksbs) {
        return submissions.add(by, apprenticeshipId, new EvidenceDraft(title, null, date, evidenceType(type),
                EvidenceForm.TEXT, text, null, ksbs), null);
    }

    public UUID addLink(CurrentUser by, ApprenticeshipId apprenticeshipId, String title, String type, LocalDate date,
            String link, List<String> ksbs) {
        return submissions.add(by, apprenticeshipId, new EvidenceDraft(title, null, date, evidenceType(type),
                EvidenceForm.LINK, null, link, ksbs), null);
    }

    public UUID addFile(CurrentUser by, ApprenticeshipId apprenticeshipId, String title, String type, LocalDate date,
            String fileName, InputStream content, List<String> ksbs) {
        return submissions.add(by, apprenticeshipId, new EvidenceDraft(title, null, date, evidenceType(type),
                EvidenceForm.FILE, null, null, ksbs), new Upload(fileName, content));
    }

    /**
     * A file the virus scanner did not clear: kept like any upload, then marked as a failed scan marks it (the
     * version and the evidence quarantined, by the state table), so pages show it quarantined and refuse its download.
     * The demo runs without clamd, so this is how it shows quarantine.
     */
    @Transactional
    public UUID addQuarantinedFile(CurrentUser by, ApprenticeshipId apprenticeshipId, String title, String type,
            LocalDate date,
            String fileName, InputStream content, List<String> ksbs) {
        UUID id = addFile(by, apprenticeshipId, title, type, date, fileName, content, ksbs);
        submissions.quarantineCurrent(apprenticeshipId, id);
        return id;
    }

    /** The apprenticeship's evidence with this title, if any. */
    public java.util.Optional<UUID> evidenceTitled(ApprenticeshipId apprenticeshipId, String title) {
        return jdbc.sql("SELECT id FROM portfolio_evidence WHERE apprenticeship_id = :a AND title = :t"
                        + " ORDER BY created_at LIMIT 1")
                .param("a", apprenticeshipId).param("t", title).query(UUID.class).optional();
    }

    /** The evidence type a code names (any case), such as {@code ASSIGNMENT}. */
    private static EvidenceType evidenceType(String code) {
        return EvidenceType.valueOf(code.strip().toUpperCase());
    }

    /** Accepts every claim not referred back in {@code referred} (KSB code → feedback). */
    @Transactional
    public void assess(CurrentUser tutor, ApprenticeshipId apprenticeshipId, UUID evidenceId, Map<String,
            String> referred) {
        var e = reading.evidence(tutor, apprenticeshipId, evidenceId);
        assessments.assess(tutor, apprenticeshipId, evidenceId, e.claims().stream()
                .filter(c -> c.decision() != ClaimDecision.ACCEPTED)
                .map(c -> new EvidenceDecision(c.ksbCode(), referred.containsKey(c.ksbCode())
                        ? ClaimDecision.REFERRED_BACK : ClaimDecision.ACCEPTED, referred.get(c.ksbCode()))).toList());
    }

    public void resubmitText(CurrentUser by, ApprenticeshipId apprenticeshipId, UUID evidenceId, String text,
            String note) {
        submissions.resubmit(by, apprenticeshipId, evidenceId, text, null, null, note);
    }

    public void signOff(CurrentUser tutor, ApprenticeshipId apprenticeshipId, String ksbCode) {
        assessments.signOff(tutor, apprenticeshipId, ksbCode);
    }

    public void chooseForShowcase(CurrentUser by, ApprenticeshipId apprenticeshipId, UUID evidenceId) {
        submissions.showcase(by, apprenticeshipId, evidenceId, true);
    }

    /** A read-only link to the showcase for an end-point assessor, working for {@code days}; answers its path. */
    public String shareShowcase(CurrentUser by, ApprenticeshipId apprenticeshipId, int days) {
        return "/showcase/" + showcase.createLink(by, apprenticeshipId, days).token();
    }

    /** Revokes the newest link that still works, if any. */
    public void revokeNewestShowcaseLink(CurrentUser by, ApprenticeshipId apprenticeshipId) {
        showcase.links(by, apprenticeshipId).stream().filter(Showcase.ListedLink::works).findFirst()
                .ifPresent(l -> showcase.revokeLink(by, apprenticeshipId, l.id()));
    }

    /** A quality assurer's sample of the latest decision on {@code ksbCode} of the item. */
    public void sample(CurrentUser quality, UUID evidenceId, String ksbCode, boolean agrees, String comments) {
        List<QualitySamples.Decision> decisions = samples.ofEvidence(evidenceId).stream()
                .filter(d -> d.ksbCode().equals(ksbCode)).toList();
        if (!decisions.isEmpty()) {
            samples.sample(quality, decisions.get(decisions.size() - 1).id(), agrees, comments);
        }
    }

    /** A reflection; with {@code hours} it also records off-the-job time of {@code activityType}. */
    public UUID reflect(CurrentUser learner, ApprenticeshipId apprenticeshipId, LocalDate date, String title,
            String reflection,
            String hours, String activityType, boolean share) {
        Integer minutes = hours == null ? null
                : new java.math.BigDecimal(hours.strip()).multiply(java.math.BigDecimal.valueOf(60)).intValue();
        return journal.write(learner, apprenticeshipId, new Journal.Draft(date, title, reflection, minutes,
                activityType, share));
    }

    /** {@code type}: CV, JOB_DESCRIPTION, CERTIFICATE, CONTRACT, PRIOR_LEARNING_EVIDENCE or OTHER. */
    public UUID addDocument(CurrentUser by, ApprenticeshipId apprenticeshipId, String type, String title,
            LocalDate expiresOn,
            String fileName, InputStream content) {
        return documents.add(by, apprenticeshipId, DocumentType.valueOf(type.strip().toUpperCase()), title,
                expiresOn, new Upload(fileName, content));
    }
}
