package waypoint.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.internal.ReformedPlanStore;

/**
 * The reformed assessment plans for other modules (docs/domain/assessment-reform.md): a standard version's plan, or
 * none when the version keeps the end-point assessment. Published reference data, so not authorised per person here.
 */
@Service
public class AssessmentReforms {

    private final ReformedPlanStore store;

    AssessmentReforms(ReformedPlanStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<ReformedPlan> of(StandardVersionId id) {
        return store.find(id.value());
    }

    /** The plans of many versions (a page of apprenticeships) in two queries; a version without one is left out. */
    @Transactional(readOnly = true)
    public Map<StandardVersionId, ReformedPlan> of(Collection<StandardVersionId> ids) {
        Map<StandardVersionId, ReformedPlan> plans = new LinkedHashMap<>();
        store.findAll(ids.stream().map(StandardVersionId::value).toList())
                .forEach((id, plan) -> plans.put(new StandardVersionId(id), plan));
        return plans;
    }
}
