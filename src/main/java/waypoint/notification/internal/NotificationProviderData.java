package waypoint.notification.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The notification module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back. Left out: email_message, whose emails may carry sign-in and password links.
 */
@Component
class NotificationProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "notification";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("notification"));
    }
}
