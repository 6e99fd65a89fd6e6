package waypoint.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.EmailAlreadyInUseException;
import waypoint.identity.ExternalGrant;
import waypoint.identity.NewExternalGrant;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/** Makes, ends and reads {@link ExternalAccessGrant}s; every grant and every early end is audited. */
@Component
public class ExternalGrants {

    private final ExternalGrantStore store;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    ExternalGrants(ExternalGrantStore store, UserAccounts accounts, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.zone = clock.getZone();
    }

    public NewExternalGrant check(NewExternalGrant request, LocalDate today) {
        return ExternalAccessGrant.checked(request, today);
    }

    /**
     * Checks the request as of {@code today}, makes the person's account (holding the external role alone; with the
     * password given, for demo data, else to be set through an invitation) and the grant.
     */
    public ExternalGrant grant(NewExternalGrant request, LocalDate today, String password, CurrentUser by,
            Instant now) {
        NewExternalGrant checked = check(request, today);
        AccountSummary account;
        try {
            account = password == null
                    ? accounts.create(checked.email(), checked.personName(), Set.of(Role.EXTERNAL))
                    : accounts.createWithPassword(checked.email(), checked.personName(), Set.of(Role.EXTERNAL),
                            password);
        } catch (EmailAlreadyInUseException e) {
            throw new FieldValidationException("email", "There is already an account with this email address: an"
                    + " external person needs an account of their own");
        }
        return add(account.id(), checked, by, now);
    }

    private ExternalGrant add(UUID accountId, NewExternalGrant checked, CurrentUser by, Instant now) {
        ExternalAccessGrant grant = ExternalAccessGrant.grant(accountId, checked, by, now);
        store.add(grant);
        events.publishEvent(RecordChanged.created("ExternalAccessGrant", grant.id(), describe(grant)));
        return grant.view(now.atZone(zone).toLocalDate());
    }

    public ExternalGrant end(UUID grantId, CurrentUser by, Instant now) {
        ExternalAccessGrant grant = store.find(grantId).orElseThrow(() -> new NotFoundException("External access"));
        String before = describe(grant);
        grant.end(by, now, zone);
        store.saveEnd(grant);
        events.publishEvent(RecordChanged.updated("ExternalAccessGrant", grant.id(), before,
                "ended early by " + by.displayName()));
        return grant.view(now.atZone(zone).toLocalDate());
    }

    public List<ExternalGrant> newest(int offset, int size, LocalDate today) {
        return store.newest(offset, size).stream().map(g -> g.view(today)).toList();
    }

    public long count() {
        return store.count();
    }

    public Optional<ExternalGrant> find(UUID grantId, LocalDate today) {
        return store.find(grantId).map(g -> g.view(today));
    }

    public Optional<ExternalGrant> ofAccount(UUID accountId, LocalDate today) {
        return store.findByAccount(accountId).map(g -> g.view(today));
    }

    private static String describe(ExternalAccessGrant grant) {
        return grant.kind().words() + " " + grant.personName() + " (" + grant.organisation() + ", " + grant.email()
                + "): " + grant.scope().label() + ", " + grant.startsOn() + " to " + grant.endsOn();
    }
}
