package waypoint.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class WaypointUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    WaypointUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public WaypointPrincipal loadUserByUsername(String email) {
        return accounts.findByEmail(email)
                .map(account -> new WaypointPrincipal(account, account.isLocked(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    @Transactional(readOnly = true)
    public WaypointPrincipal loadById(UUID id) {
        return accounts.findById(id)
                .map(account -> new WaypointPrincipal(account, account.isLocked(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
