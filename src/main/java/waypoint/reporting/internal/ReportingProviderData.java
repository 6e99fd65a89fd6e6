package waypoint.reporting.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The reporting module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class ReportingProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "reporting";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("ilr_return"),
                Table.all("ilr_return_learner"),
                Table.all("ilr_check"),
                Table.all("ilr_check_learner"),
                Table.all("ilr_check_finding"),
                Table.settings("accountability_threshold"),
                Table.all("accountability_feedback_rating"),
                Table.all("evidence_sample"),
                Table.all("evidence_sample_member"),
                Table.all("self_assessment_judgement"),
                Table.all("foundation_incentive"));
    }
}
