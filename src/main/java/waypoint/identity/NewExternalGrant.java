package waypoint.identity;

import java.time.LocalDate;

/**
 * What an administrator asks for when giving someone outside the provider access: who they are, the kind of access,
 * what they may see and for which days. Any part may be missing; the grant refuses what is wrong by field.
 */
public record NewExternalGrant(String personName, String email, String organisation, ExternalKind kind,
        ExternalGrant.Scope scope, LocalDate startsOn, LocalDate endsOn) {
}
