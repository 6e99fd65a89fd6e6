package waypoint.identity.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.identity.AccountStatus;
import waypoint.identity.Role;
import waypoint.shared.portability.ExportedRows;
import waypoint.shared.portability.ProviderDataSource;

/**
 * The identity module's tables in the whole provider's export (docs/domain/provider-export.md), in the order they
 * load back. Left out, as secrets: api_token, one_time_link, account_second_factor, account_recovery_code,
 * user_entities and user_credentials (sign-in tokens, second factors, passkeys); an account's password hash is never
 * read. Brought into an empty Waypoint, the accounts come back invited; the receiving Waypoint's own administrators
 * keep theirs.
 */
@Component
class IdentityProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public List<Table> tables() {
        return List.of(new Table("user_account", "SELECT id, email, display_name, status, created_at FROM user_account")
                        .keptBeside("""
                                SELECT count(*) FROM user_account a WHERE NOT EXISTS (SELECT 1 FROM user_role r
                                WHERE r.user_id = a.id AND r.role = 'ADMINISTRATOR')"""),
                Table.all("user_role").keptBeside(null),
                Table.settings("sign_in_setting"),
                Table.all("external_access_grant"),
                Table.all("external_access_grant_apprenticeship"));
    }

    /**
     * Accounts come back invited, with no password (none is in the export): each person sets one, or is invited
     * again, in the Waypoint that reads the export. A disabled account stays disabled. A role this Waypoint does not
     * have is refused, rather than kept as a role nobody could see or take away.
     */
    @Override
    public void load(Table table, ExportedRows rows) {
        switch (table.name()) {
            case "user_account" -> rows.insert(row -> {
                if (!AccountStatus.DISABLED.name().equals(row.path("status").asString(""))) {
                    row.put("status", AccountStatus.INVITED.name());
                }
                return row;
            });
            case "user_role" -> rows.insert(row -> {
                String role = row.path("role").asString("");
                if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                    throw new ExportedRows.Refused("The export gives an account the role " + role + ", which this"
                            + " Waypoint does not have: bring it into a Waypoint of the same version or newer");
                }
                return row;
            });
            default -> rows.insertAll();
        }
    }
}
