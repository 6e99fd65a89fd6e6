package waypoint.safeguarding.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.organisation.LearnerId;
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
    public Set<LearnerId> about(ConcernKind kind) {
        return store.learnersWithConcernsOf(kind).stream().map(LearnerId::new).collect(Collectors.toSet());
    }
}
