package waypoint.audit.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ExportedRows;
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
        return List.of(Table.all("audit_event").keptBeside(null));
    }

    /**
     * The trail of the Waypoint receiving an export (its administrators setting it up) stays: the export's lines
     * keep their numbers when the trail is empty, and otherwise are numbered after it, in the order they happened.
     */
    @Override
    public void load(Table table, ExportedRows rows) {
        if (rows.alreadyHere() == 0) {
            rows.insertAll();
        } else {
            rows.insert(row -> {
                row.remove("id");
                return row;
            });
        }
    }
}
