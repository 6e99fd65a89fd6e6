package waypoint.safeguarding.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.LearnersWithConcerns;

@Component
class ConcernCounts implements LearnersWithConcerns {

    private final ConcernStore store;

    ConcernCounts(ConcernStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> about(ConcernKind kind) {
        return store.learnersWithConcernsOf(kind);
    }
}
