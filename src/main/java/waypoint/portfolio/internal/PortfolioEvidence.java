package waypoint.portfolio.internal;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * Adding, changing, resubmitting, assessing and signing off evidence (docs/domain/portfolio.md), each read and write
 * authorised by {@link PortfolioPolicy} and each step checked by {@link EvidenceStateTable}.
 */
@Service
public class PortfolioEvidence {

    private final EvidenceStore store;
    private final PortfolioPolicy policy;
    private final KsbCatalogue ksbs;
    private final PortfolioFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortfolioEvidence(EvidenceStore store, PortfolioPolicy policy, KsbCatalogue ksbs, PortfolioFiles files,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.ksbs = ksbs;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** An uploaded file: its name as given and its bytes, streamed. */
    public record Upload(String name, InputStream content) {
    }

    @Transactional
    public UUID add(CurrentUser user, UUID apprenticeshipId, EvidenceDraft draft, Upload upload) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        Valid valid = check(a, draft, upload, true);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        EvidenceVersion first = version(id, 1, valid, upload, null, user, now);
        EvidenceState state = first.scan() == Scan.QUARANTINED ? EvidenceState.QUARANTINED : EvidenceState.SUBMITTED;
        store.insert(new Evidence(id, a.id(), valid.title, valid.description, valid.date, valid.type, valid.form,
                state, 1, false, user.id(), now, now, 0, claims(valid.ksbs)), first);
        events.publishEvent(RecordChanged.created("PortfolioEvidence", id, valid.title + " (" + state + ")"));
        if (state == EvidenceState.SUBMITTED) {
            tellTutorOfSubmission(user, a, id, valid.title, 1);
        }
        return id;
    }

    /**
     * Records a failed or positive virus scan of the current version that came after the upload (a scan run later,
     * or the demo, which has no clamd): the version is quarantined and the evidence moves by the state table, so its
     * file is never offered for download. A system action: no person is authorised here.
     */
    @Transactional
    public void quarantineCurrent(UUID apprenticeshipId, UUID id) {
        Evidence e = store.find(apprenticeshipId, id).orElseThrow(() -> new NotFoundException("evidence"));
        EvidenceState to = EvidenceStateTable.require(e.state(), EvidenceAction.QUARANTINE);
        store.quarantineVersion(id, e.currentNumber());
        store.moveTo(id, e.state(), to, e.currentNumber(), clock.instant());
        events.publishEvent(RecordChanged.updated("PortfolioEvidence", id, e.state().name(),
                to.name() + ": the file failed the virus scan"));
    }

    public Evidence evidence(CurrentUser user, UUID apprenticeshipId, UUID id) {
        policy.readable(user, apprenticeshipId);
        return store.find(apprenticeshipId, id).orElseThrow(() -> new NotFoundException("evidence"));
    }

    public List<EvidenceVersion> versions(CurrentUser user, UUID apprenticeshipId, UUID id) {
        evidence(user, apprenticeshipId, id);
        return store.versions(id);
    }

    public List<Evidence> page(CurrentUser user, UUID apprenticeshipId, EvidenceState state, int page, int size) {
        policy.readable(user, apprenticeshipId);
        return store.page(apprenticeshipId, state, false, page, size);
    }

    public long count(CurrentUser user, UUID apprenticeshipId, EvidenceState state) {
        policy.readable(user, apprenticeshipId);
        return store.count(apprenticeshipId, state, false);
    }

    /** Changes the details and claims; the evidence itself changes by resubmitting a new version. */
    @Transactional
    public void change(CurrentUser user, UUID apprenticeshipId, UUID id, int lockVersion, EvidenceDraft draft) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        Evidence e = found(a, id);
        EvidenceStateTable.require(e.state(), EvidenceAction.EDIT);
        Valid valid = check(a, draft, null, false);
        List<String> dropped = e.signedOffCodes().stream().filter(c -> !valid.ksbs.contains(c)).toList();
        if (!dropped.isEmpty()) {
            throw new FieldValidationException("ksbs", "Keep claiming " + String.join(", ", dropped)
                    + ": signed off, so this evidence for it is locked");
        }
        store.updateDetails(new Evidence(id, a.id(), valid.title, valid.description, valid.date, valid.type, e.form(),
                e.state(), e.currentNumber(), e.inShowcase(), e.addedBy(), e.createdAt(), e.updatedAt(), lockVersion,
                claims(valid.ksbs)), lockVersion, clock.instant());
        events.publishEvent(RecordChanged.updated("PortfolioEvidence", id, e.title(), valid.title));
    }

    /**
     * A new version of referred-back or quarantined evidence, sent for assessment again; every earlier version is
     * kept. Text or link evidence sends new text or a new link; file evidence a new file.
     */
    @Transactional
    public int resubmit(CurrentUser user, UUID apprenticeshipId, UUID id, String body, String link, Upload upload,
            String note) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        Evidence e = found(a, id);
        EvidenceState next = EvidenceStateTable.require(e.state(), EvidenceAction.RESUBMIT);
        Map<String, String> errors = new LinkedHashMap<>();
        Valid valid = new Valid();
        valid.form = e.form();
        content(e.form(), body, link, upload, errors, valid);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        int number = e.currentNumber() + 1;
        Instant now = clock.instant();
        EvidenceVersion v = version(id, number, valid, upload, blank(note) ? null : note.strip(), user, now);
        store.insertVersion(v);
        store.reopenReferredClaims(id);
        EvidenceState to = v.scan() == Scan.QUARANTINED ? EvidenceState.QUARANTINED : next;
        store.moveTo(id, e.state(), to, number, now);
        events.publishEvent(RecordChanged.updated("PortfolioEvidence", id, "version " + e.currentNumber(),
                "version " + number));
        if (to == EvidenceState.SUBMITTED) {
            tellTutorOfSubmission(user, a, id, e.title(), number);
        }
        return number;
    }

    /** The tutor's decision on one claim: accepted, or referred back with feedback. */
    public record Decision(String ksbCode, ClaimDecision decision, String feedback) {
    }

    /**
     * Records a decision on every claim not yet accepted; referring back any claim refers the item back, otherwise
     * it is accepted. Each decision is kept for quality assurance.
     */
    @Transactional
    public EvidenceState assess(CurrentUser user, UUID apprenticeshipId, UUID id, List<Decision> decisions) {
        ApprenticeshipSummary a = policy.assessing(user, apprenticeshipId);
        Evidence e = found(a, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Decision> byCode = new LinkedHashMap<>();
        for (Decision d : decisions == null ? List.<Decision>of() : decisions) {
            if (d == null || d.ksbCode() == null || !e.ksbCodes().contains(d.ksbCode())) {
                errors.put("decisions", "Decide only on the KSBs this evidence claims");
            } else if (e.signedOffCodes().contains(d.ksbCode())) {
                throw new EvidenceRefusedException(d.ksbCode() + " is signed off: its evidence is locked");
            } else if (d.decision() == null || d.decision() == ClaimDecision.PENDING) {
                errors.put("decision-" + d.ksbCode(), "Choose whether " + d.ksbCode() + " is accepted or referred back");
            } else if (d.decision() == ClaimDecision.REFERRED_BACK && blank(d.feedback())) {
                errors.put("feedback-" + d.ksbCode(), "Give feedback on what " + d.ksbCode() + " needs");
            } else {
                byCode.put(d.ksbCode(), d);
            }
        }
        for (Evidence.Claim c : e.claims()) {
            if (c.decision() != ClaimDecision.ACCEPTED && !byCode.containsKey(c.ksbCode())
                    && !errors.containsKey("decision-" + c.ksbCode()) && !errors.containsKey("feedback-" + c.ksbCode())) {
                errors.put("decision-" + c.ksbCode(), "Choose whether " + c.ksbCode() + " is accepted or referred back");
            }
        }
        boolean referred = byCode.values().stream().anyMatch(d -> d.decision() == ClaimDecision.REFERRED_BACK);
        EvidenceState next = EvidenceStateTable.require(e.state(),
                referred ? EvidenceAction.REFER_BACK : EvidenceAction.ACCEPT);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        Instant now = clock.instant();
        byCode.values().forEach(d -> {
            String feedback = blank(d.feedback()) ? null : d.feedback().strip();
            store.decide(id, d.ksbCode(), d.decision(), feedback);
            store.recordAssessment(id, a.id(), e.currentNumber(), d.ksbCode(), d.decision(), feedback, user.id(), now);
        });
        store.moveTo(id, e.state(), next, e.currentNumber(), now);
        events.publishEvent(RecordChanged.updated("PortfolioEvidence", id, e.state().name(), next.name()));
        lockWhereEveryKsbIsSignedOff(a.id(), now);
        tellLearnerOfAssessment(user, a, e, next, byCode.values(), now);
        return next;
    }

    /** The tutor hears that evidence waits for their assessment (not when they added it themselves). */
    private void tellTutorOfSubmission(CurrentUser user, ApprenticeshipSummary a, UUID id, String title, int number) {
        if (a.tutorAccountId() == null || a.tutorAccountId().equals(user.id())) {
            return;
        }
        events.publishEvent(new NotificationRequested("portfolio-submitted:" + id + ":v" + number,
                a.tutorAccountId(), "Evidence to assess from " + a.learnerName(),
                "“" + title + "”" + (number == 1 ? " was submitted" : " was resubmitted as version " + number)
                        + " and waits for your assessment.", link(a, id)));
    }

    /** The learner hears the outcome, with the tutor's feedback on each KSB referred back. */
    private void tellLearnerOfAssessment(CurrentUser user, ApprenticeshipSummary a, Evidence e, EvidenceState outcome,
            java.util.Collection<Decision> decisions, Instant at) {
        if (a.learnerAccountId() == null || a.learnerAccountId().equals(user.id())) {
            return;
        }
        StringBuilder body = new StringBuilder();
        decisions.forEach(d -> body.append(d.ksbCode()).append(": ").append(d.decision().words().toLowerCase())
                .append(blank(d.feedback()) ? "" : " — " + d.feedback().strip()).append(". "));
        boolean referred = outcome == EvidenceState.REFERRED_BACK;
        events.publishEvent(new NotificationRequested("portfolio-assessed:" + e.id() + ":v" + e.currentNumber() + ":"
                + outcome + ":" + at.toEpochMilli(), a.learnerAccountId(),
                (referred ? "Evidence referred back: " : "Evidence accepted: ") + e.title(),
                body.toString().strip() + (referred ? " Change it and resubmit it." : ""), link(a, e.id())));
    }

    private static String link(ApprenticeshipSummary a, UUID evidenceId) {
        return "/apprenticeships/" + a.id() + "/portfolio/evidence/" + evidenceId;
    }

    /**
     * The tutor signs off a KSB when its evidence is sufficient: at least one accepted claim on accepted evidence.
     * The claims on that KSB lock; an item locks whole only when every KSB it claims is signed off
     * (docs/domain/portfolio.md, signing off).
     */
    @Transactional
    public void signOff(CurrentUser user, UUID apprenticeshipId, String ksbCode) {
        ApprenticeshipSummary a = policy.assessing(user, apprenticeshipId);
        if (ksbCode == null || !ksbs.codes(a).contains(ksbCode)) {
            throw new FieldValidationException("ksbCode", "Choose a KSB of the apprenticeship's standard");
        }
        if (store.signedOff(a.id(), ksbCode)) {
            throw new EvidenceRefusedException(ksbCode + " is already signed off");
        }
        if (!store.hasAcceptedClaim(a.id(), ksbCode)) {
            throw new EvidenceRefusedException("You cannot sign off " + ksbCode
                    + " before evidence for it has been accepted");
        }
        Instant now = clock.instant();
        store.recordSignOff(a.id(), ksbCode, user.id(), now);
        events.publishEvent(new RecordChanged("PortfolioKsbSignOff", a.id() + "/" + ksbCode,
                RecordChanged.Action.CREATED, null, ksbCode + " signed off"));
        lockWhereEveryKsbIsSignedOff(a.id(), now);
    }

    /**
     * An accepted item is locked whole (signed off, by the state table) once every KSB it claims is signed off;
     * until then only its signed-off claims are locked.
     */
    private void lockWhereEveryKsbIsSignedOff(UUID apprenticeshipId, Instant now) {
        for (Evidence e : store.acceptedWithEveryKsbSignedOff(apprenticeshipId)) {
            EvidenceState to = EvidenceStateTable.require(e.state(), EvidenceAction.SIGN_OFF);
            store.moveTo(e.id(), e.state(), to, e.currentNumber(), now);
            events.publishEvent(RecordChanged.updated("PortfolioEvidence", e.id(), e.state().name(), to.name()));
        }
    }

    /** The learner (or their tutor) chooses accepted or signed-off evidence for the showcase, or takes it out. */
    @Transactional
    public void showcase(CurrentUser user, UUID apprenticeshipId, UUID id, boolean include) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        Evidence e = found(a, id);
        if (include) {
            EvidenceStateTable.require(e.state(), EvidenceAction.SHOWCASE);
        }
        store.showcase(id, include);
        events.publishEvent(RecordChanged.updated("PortfolioEvidence", id, "showcase " + e.inShowcase(),
                "showcase " + include));
    }

    /** The version's file, for a download authorised here: never a quarantined one. */
    public record Download(EvidenceVersion version, InputStream content) {
    }

    public Download download(CurrentUser user, UUID apprenticeshipId, UUID id, int number) {
        evidence(user, apprenticeshipId, id);
        EvidenceVersion v = store.version(id, number).filter(EvidenceVersion::hasFile)
                .orElseThrow(() -> new NotFoundException("file"));
        if (v.scan() == Scan.QUARANTINED) {
            throw new EvidenceRefusedException("This file is quarantined: it failed the virus scan");
        }
        return new Download(v, files.open(v.fileId()));
    }

    private Evidence found(ApprenticeshipSummary a, UUID id) {
        return store.find(a.id(), id).orElseThrow(() -> new NotFoundException("evidence"));
    }

    private static List<Evidence.Claim> claims(Set<String> codes) {
        return codes.stream().map(c -> new Evidence.Claim(c, ClaimDecision.PENDING, null, false)).toList();
    }

    private EvidenceVersion version(UUID id, int number, Valid valid, Upload upload, String note, CurrentUser user,
            Instant now) {
        if (valid.form == EvidenceForm.FILE) {
            PortfolioFiles.Kept kept = files.keep(upload.name(), upload.content(), PortfolioFiles.EVIDENCE);
            var f = kept.file();
            return new EvidenceVersion(id, number, null, null, f.fileId(), f.name(), f.mediaType(), f.size(),
                    f.sha256(), kept.scan(), note, user.id(), now);
        }
        return new EvidenceVersion(id, number, valid.body, valid.link, null, null, null, null, null,
                Scan.NOT_SCANNED, note, user.id(), now);
    }

    private static final class Valid {
        String title;
        String description;
        LocalDate date;
        EvidenceType type;
        EvidenceForm form;
        String body;
        String link;
        Set<String> ksbs = new LinkedHashSet<>();
    }

    /** Every field checked at once, so the form shows every error together. */
    private Valid check(ApprenticeshipSummary a, EvidenceDraft d, Upload upload, boolean withContent) {
        Map<String, String> errors = new LinkedHashMap<>();
        Valid v = new Valid();
        if (blank(d.title())) {
            errors.put("title", "Enter a title");
        } else if (d.title().strip().length() > 200) {
            errors.put("title", "The title must be 200 characters or fewer");
        } else {
            v.title = d.title().strip();
        }
        v.description = blank(d.description()) ? null : d.description().strip();
        if (v.description != null && v.description.length() > 10_000) {
            errors.put("description", "The description must be 10,000 characters or fewer");
        }
        if (blank(d.date())) {
            errors.put("date", "Enter the date of the evidence");
        } else {
            try {
                v.date = DateText.parse(d.date()).orElseThrow(() -> new DateTimeParseException("Not a date", d.date(), 0));
                if (v.date.isAfter(LocalDate.now(clock))) {
                    errors.put("date", "The date must be today or in the past");
                }
            } catch (DateTimeParseException wrong) {
                errors.put("date", "Enter a real date, like 27/4/2026");
            }
        }
        v.type = parse(EvidenceType.class, d.type());
        if (v.type == null) {
            errors.put("type", "Choose the type of evidence");
        }
        List<String> codes = ksbs.codes(a);
        for (String k : d.ksbs() == null ? List.<String>of() : d.ksbs()) {
            if (!blank(k)) {
                String code = k.strip().toUpperCase();
                if (!codes.contains(code)) {
                    errors.put("ksbs", "Choose KSBs of the standard: " + code + " is not one");
                }
                v.ksbs.add(code);
            }
        }
        if (v.ksbs.isEmpty() && !errors.containsKey("ksbs")) {
            errors.put("ksbs", "Choose at least one KSB this evidence shows");
        }
        if (withContent) {
            v.form = parse(EvidenceForm.class, d.form());
            if (v.form == null) {
                errors.put("form", "Choose whether the evidence is a file, a link or written text");
            } else {
                content(v.form, d.body(), d.link(), upload, errors, v);
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return v;
    }

    private static void content(EvidenceForm form, String body, String link, Upload upload,
            Map<String, String> errors, Valid v) {
        switch (form) {
            case FILE -> {
                if (upload == null) {
                    errors.put("file", "Choose a file");
                }
            }
            case LINK -> {
                if (blank(link)) {
                    errors.put("link", "Enter the link to the evidence");
                } else if (!isWebLink(link.strip())) {
                    errors.put("link", "Enter a link starting https:// or http://");
                } else {
                    v.link = link.strip();
                }
            }
            case TEXT -> {
                if (blank(body)) {
                    errors.put("body", "Write the evidence");
                } else if (body.length() > 100_000) {
                    errors.put("body", "The text must be 100,000 characters or fewer");
                } else {
                    v.body = body.strip();
                }
            }
        }
    }

    static boolean isWebLink(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && text.length() <= 2000;
        } catch (IllegalArgumentException wrong) {
            return false;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase());
        } catch (IllegalArgumentException wrong) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
