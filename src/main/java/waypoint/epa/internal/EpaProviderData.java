package waypoint.epa.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The epa module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class EpaProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "epa";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("epa_record"),
                Table.all("epa_gateway_confirmation"),
                Table.all("epa_gateway_signature"),
                Table.all("epa_booking"),
                Table.all("epa_result"),
                Table.all("epa_appeal"),
                Table.all("epa_readiness_request"),
                Table.settings("epa_settings"),
                Table.all("epa_gateway_waiver"));
    }
}
