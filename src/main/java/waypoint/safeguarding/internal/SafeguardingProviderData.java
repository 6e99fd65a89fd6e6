package waypoint.safeguarding.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The safeguarding module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class SafeguardingProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "safeguarding";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("concern"),
                Table.all("concern_entry"),
                Table.settings("safeguarding_setting"),
                Table.all("staff_safeguarding_record"));
    }
}
