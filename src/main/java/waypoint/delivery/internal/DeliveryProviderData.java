package waypoint.delivery.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The delivery module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class DeliveryProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "delivery";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("delivery_session"),
                Table.all("delivery_session_learner"),
                Table.all("delivery_last_attendance"),
                Table.all("delivery_action"),
                Table.settings("delivery_settings"),
                Table.all("delivery_calendar_token"),
                Table.all("message_thread"),
                Table.all("message"),
                Table.all("message_read"));
    }
}
