package waypoint.otj.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The otj module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class OffTheJobProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "otj";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.settings("otj_activity_type"),
                Table.settings("otj_settings"),
                Table.all("otj_entry"),
                Table.all("otj_pace"));
    }
}
