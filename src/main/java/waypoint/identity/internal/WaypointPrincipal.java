package waypoint.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import waypoint.identity.AccountStatus;
import waypoint.identity.CurrentUser;

/** The security principal behind a session or an API token. */
public final class WaypointPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean locked;
    private final boolean enabled;

    WaypointPrincipal(UserAccount account, boolean locked) {
        this.user = new CurrentUser(account.getId(), account.email(), account.displayName(), account.roles());
        this.passwordHash = account.passwordHash();
        this.locked = locked;
        this.enabled = account.status() == AccountStatus.ACTIVE;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    static List<String> authorities(CurrentUser user) {
        return user.roles().stream().map(r -> r.authority()).toList();
    }
}
