package waypoint.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;

/**
 * Reading evidence: an item, its versions, a page of the portfolio and a version's file, each authorised by
 * {@link PortfolioPolicy} (the apprentice and staff; never the employer).
 */
@Service
public class EvidenceReading {

    private final EvidenceStore store;
    private final PortfolioPolicy policy;
    private final PortfolioFiles files;

    EvidenceReading(EvidenceStore store, PortfolioPolicy policy, PortfolioFiles files) {
        this.store = store;
        this.policy = policy;
        this.files = files;
    }

    public Evidence evidence(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id) {
        policy.readable(user, apprenticeshipId);
        return store.find(apprenticeshipId, id).orElseThrow(() -> new NotFoundException("evidence"));
    }

    public List<EvidenceVersion> versions(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id) {
        evidence(user, apprenticeshipId, id);
        return store.versions(id);
    }

    public List<Evidence> page(CurrentUser user, ApprenticeshipId apprenticeshipId, EvidenceState state, int page,
            int size) {
        policy.readable(user, apprenticeshipId);
        return store.page(apprenticeshipId, state, false, page, size);
    }

    public long count(CurrentUser user, ApprenticeshipId apprenticeshipId, EvidenceState state) {
        policy.readable(user, apprenticeshipId);
        return store.count(apprenticeshipId, state, false);
    }

    /** The version's file, for a download authorised here: never a quarantined one. */
    public EvidenceDownload download(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id, int number) {
        evidence(user, apprenticeshipId, id);
        EvidenceVersion v = store.version(id, number).filter(EvidenceVersion::hasFile)
                .orElseThrow(() -> new NotFoundException("file"));
        if (v.scan() == Scan.QUARANTINED) {
            throw new EvidenceRefusedException("This file is quarantined: it failed the virus scan");
        }
        return new EvidenceDownload(v, files.open(v.fileId()));
    }
}
