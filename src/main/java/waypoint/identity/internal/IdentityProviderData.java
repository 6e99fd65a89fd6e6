package waypoint.identity.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The identity module's tables in the whole provider's export (docs/domain/provider-export.md), in the order they
 * load back. Left out, as secrets: api_token, one_time_link, account_second_factor, account_recovery_code,
 * user_entities and user_credentials (sign-in tokens, second factors, passkeys); an account's password hash is never
 * read.
 */
@Component
class IdentityProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public List<Table> tables() {
        return List.of(new Table("user_account", "SELECT id, email, display_name, status, created_at FROM user_account"),
                Table.all("user_role"),
                Table.all("sign_in_setting"),
                Table.all("external_access_grant"),
                Table.all("external_access_grant_apprenticeship"));
    }
}
