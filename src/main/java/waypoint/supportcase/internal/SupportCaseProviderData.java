package waypoint.supportcase.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The supportcase module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class SupportCaseProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "supportcase";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("support_case"),
                Table.all("support_case_event"),
                Table.all("support_meeting"),
                Table.all("support_recommendation"),
                Table.all("support_email"),
                Table.all("support_action"),
                Table.settings("support_intervention_kind"),
                Table.all("support_intervention"),
                Table.settings("support_settings"),
                Table.all("at_risk_indicator"),
                Table.all("support_client_partner_default"));
    }
}
