package waypoint.catalogue.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.ReformedPlan;
import waypoint.catalogue.StandardDetails;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;

/**
 * An administrator records that a standard version is assessed under the assessment reform, with its components
 * (docs/domain/assessment-reform.md), or takes the version back to the end-point assessment. Each change is kept in
 * the audit trail, before and after; the catalogue's rules for a plan are {@link ReformedPlan#problems}.
 */
@Service
public class ReformedPlanEditor {

    static final String RECORD_TYPE = "Reformed assessment plan";

    private final StandardVersionStore standards;
    private final ReformedPlanStore plans;
    private final CataloguePolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReformedPlanEditor(StandardVersionStore standards, ReformedPlanStore plans, CataloguePolicy policy,
            ApplicationEventPublisher events, Clock clock) {
        this.standards = standards;
        this.plans = plans;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(CurrentUser user, String reference, String version, List<AssessmentComponent> components,
            String source) {
        policy.requireChange(user);
        recordAsTheSystem(reference, version, components, source);
    }

    /** The same rules with no person involved: the demo data's reformed plan. */
    @Transactional
    public void recordAsTheSystem(String reference, String version, List<AssessmentComponent> components,
            String source) {
        StandardDetails details = standard(reference, version);
        Map<String, String> problems = ReformedPlan.problems(details, components);
        if (!problems.isEmpty()) {
            throw new CatalogueRuleException(problems);
        }
        Optional<ReformedPlan> before = plans.find(details.id().value());
        ReformedPlan after = new ReformedPlan(components, Optional.ofNullable(source).filter(s -> !s.isBlank()));
        plans.save(details.id().value(), after, clock.instant());
        events.publishEvent(before.isPresent()
                ? RecordChanged.updated(RECORD_TYPE, details.id().value(), describe(before.get()), describe(after))
                : RecordChanged.created(RECORD_TYPE, details.id().value(), describe(after)));
    }

    /** The version goes back to the end-point assessment; nothing when it has no reformed plan. */
    @Transactional
    public void withdraw(CurrentUser user, String reference, String version) {
        policy.requireChange(user);
        StandardDetails details = standard(reference, version);
        Optional<ReformedPlan> before = plans.find(details.id().value());
        if (before.isPresent() && plans.remove(details.id().value())) {
            events.publishEvent(RecordChanged.deleted(RECORD_TYPE, details.id().value(), describe(before.get())));
        }
    }

    private StandardDetails standard(String reference, String version) {
        return standards.find(reference, version).map(StandardVersion::details)
                .orElseThrow(() -> new NotFoundException("Standard " + reference + " v" + version));
    }

    /** “Knowledge test: during the programme, the training provider, 2 attempts; ...”. */
    static String describe(ReformedPlan plan) {
        return String.join("; ", plan.components().stream().map(c -> c.method() + ": " + c.window().words()
                .toLowerCase() + ", " + c.markedBy().words().toLowerCase() + ", " + c.attemptsAllowed()
                + (c.attemptsAllowed() == 1 ? " attempt" : " attempts")).toList());
    }
}
