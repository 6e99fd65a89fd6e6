package waypoint.audit.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The audit module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class AuditProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "audit";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("audit_event"));
    }
}
