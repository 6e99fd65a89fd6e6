package waypoint.review.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The review module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class ReviewProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "review";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("progress_review"),
                Table.all("progress_review_version"),
                Table.all("progress_review_signature"),
                Table.all("progress_review_chase"),
                Table.all("review_action"),
                Table.all("prior_review"),
                Table.settings("review_settings"));
    }
}
