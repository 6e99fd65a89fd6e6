package waypoint.feedback.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The feedback module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class FeedbackProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "feedback";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.settings("feedback_settings"),
                Table.all("feedback"),
                Table.all("feedback_handler"),
                Table.all("feedback_event"),
                Table.all("feedback_public_submission"),
                Table.settings("survey_template"),
                Table.settings("survey_question"),
                Table.all("survey_invitation"),
                Table.all("survey_response"),
                Table.all("survey_answer"),
                Table.all("improvement_action"));
    }

    /** The counter that numbers its references, moved past those an export brought in. */
    @Override
    public List<Counter> counters() {
        return List.of(new Counter("feedback_reference_seq",
                "SELECT max(substring(reference FROM 4)::bigint) FROM feedback WHERE reference ~ '^FB-[0-9]{1,15}$'"));
    }
}
