package waypoint.portfolio.internal;

import static waypoint.portfolio.internal.Texts.blank;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;

/**
 * The apprentice's (or their tutor's) steps on evidence: adding it, changing its details and claims, resubmitting a
 * new version, choosing it for the showcase; and the virus scan's quarantine (docs/domain/portfolio.md). Each is
 * authorised by {@link PortfolioPolicy}, checked by {@link EvidenceChecks} and taken by the {@link EvidenceItem},
 * which the {@link EvidenceRepository} saves.
 */
@Service
public class EvidenceSubmissions {

    private final EvidenceRepository items;
    private final PortfolioPolicy policy;
    private final EvidenceChecks checks;
    private final Clock clock;

    EvidenceSubmissions(EvidenceRepository items, PortfolioPolicy policy, EvidenceChecks checks,
            Clock clock) {
        this.items = items;
        this.policy = policy;
        this.checks = checks;
        this.clock = clock;
    }

    /** New evidence, submitted for assessment (or quarantined, when the virus scan caught its file). */
    @Transactional
    public UUID add(CurrentUser user, ApprenticeshipId apprenticeshipId, EvidenceDraft draft, Upload upload) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        EvidenceChecks.Checked checked = checks.check(a, draft, upload, true);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        EvidenceVersion first = checks.version(id, 1, checked.form(), checked.content(), upload, null, user.id(), now);
        EvidenceItem item = EvidenceItem.submit(EvidenceItem.Owner.of(a), checked.details(), checked.form(),
                checked.ksbs(), first, user.id(), items.signedOffCodes(a), now);
        items.save(item);
        return id;
    }

    /**
     * Records a failed or positive virus scan of the current version that came after the upload (a scan run later,
     * or the demo, which has no clamd). A system action: no person is authorised here.
     */
    @Transactional
    public void quarantineCurrent(ApprenticeshipId apprenticeshipId, UUID id) {
        EvidenceItem item = items.get(apprenticeshipId, id);
        item.quarantineCurrentVersion();
        items.save(item);
    }

    /** Changes the details and the claims; the evidence itself changes by resubmitting a new version. */
    @Transactional
    public void change(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id, int lockVersion,
            EvidenceDraft draft) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        EvidenceItem item = items.get(a, id);
        item.check(EvidenceAction.EDIT);
        EvidenceChecks.Checked checked = checks.check(a, draft, null, false);
        item.change(checked.details(), checked.ksbs(), lockVersion);
        items.save(item);
    }

    /**
     * A new version of referred-back or quarantined evidence, sent for assessment again; every earlier version is
     * kept. Text or link evidence sends new text or a new link; file evidence a new file.
     */
    @Transactional
    public int resubmit(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id, String body, String link,
            Upload upload,
            String note) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        EvidenceItem item = items.get(a, id);
        item.check(EvidenceAction.RESUBMIT);
        EvidenceChecks.Content content = checks.content(item.form(), body, link, upload);
        EvidenceVersion next = checks.version(id, item.nextNumber(), item.form(), content, upload,
                blank(note) ? null : note.strip(), user.id(), clock.instant());
        item.resubmit(next, user.id());
        items.save(item);
        return next.number();
    }

    /** The learner (or their tutor) chooses accepted or signed-off evidence for the showcase, or takes it out. */
    @Transactional
    public void showcase(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id, boolean include) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        EvidenceItem item = items.get(a, id);
        if (include) {
            item.chooseForShowcase();
        } else {
            item.takeOutOfShowcase();
        }
        items.save(item);
    }
}
