package waypoint.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalGrant;
import waypoint.identity.NewExternalGrant;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.PageOf;

/** Makes, ends and reads {@link ExternalAccessGrant}s; every grant and every early end is audited. */
@Component
public class ExternalGrants {

    private final ExternalGrantStore store;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    ExternalGrants(ExternalGrantStore store, ApplicationEventPublisher events, java.time.Clock clock) {
        this.store = store;
        this.events = events;
        this.zone = clock.getZone();
    }

    public NewExternalGrant check(NewExternalGrant request, LocalDate today) {
        return ExternalAccessGrant.checked(request, today);
    }

    public ExternalGrant add(UUID accountId, NewExternalGrant checked, CurrentUser by, Instant now) {
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

    public PageOf<ExternalGrant> newest(int page, LocalDate today) {
        return new PageOf<>(store.newest(page * PageOf.DEFAULT_SIZE, PageOf.DEFAULT_SIZE).stream()
                .map(g -> g.view(today)).toList(), page, PageOf.DEFAULT_SIZE, store.count());
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
