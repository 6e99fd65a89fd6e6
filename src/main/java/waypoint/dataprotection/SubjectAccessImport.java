package waypoint.dataprotection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.dataprotection.internal.RequestStore;
import waypoint.dataprotection.internal.SubjectAccessRequests;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Learners;

/**
 * Requests recorded by the system on people's behalf rather than in the pages (the demo provider's), through the
 * same steps and checks as the pages.
 */
@Service
public class SubjectAccessImport {

    private final SubjectAccessRequests requests;
    private final RequestStore store;
    private final Learners learners;

    SubjectAccessImport(SubjectAccessRequests requests, RequestStore store, Learners learners) {
        this.requests = requests;
        this.store = store;
        this.learners = learners;
    }

    /** Whether the learner with this account has asked before (so a loader runs once). */
    @Transactional(readOnly = true)
    public boolean anyFor(UUID learnerAccountId) {
        return learners.findByAccount(learnerAccountId).map(l -> !store.ofLearner(l.id().value()).isEmpty())
                .orElse(false);
    }

    /** Recorded by staff as received on the day given, then identity checked and gathered, ready for review. */
    @Transactional
    public UUID receivedAndGathered(CurrentUser officer, String learnerEmail, LocalDate receivedOn, String words,
            String identityNote) {
        UUID id = requests.record(officer, learnerEmail, receivedOn, words);
        requests.checkIdentity(officer, id, version(id), identityNote);
        requests.gather(officer, id, version(id));
        return id;
    }

    /** As {@link #receivedAndGathered}, then released whole. */
    @Transactional
    public UUID released(CurrentUser officer, String learnerEmail, LocalDate receivedOn, String words,
            String identityNote) {
        UUID id = receivedAndGathered(officer, learnerEmail, receivedOn, words, identityNote);
        requests.release(officer, id, version(id), List.of(), null);
        return id;
    }

    private int version(UUID id) {
        return store.find(id).orElseThrow().version();
    }
}
