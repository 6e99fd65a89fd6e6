package waypoint.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccessRefused;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.NewExternalGrant;
import waypoint.shared.validation.EmailAddress;
import waypoint.shared.web.FieldValidationException;

/**
 * A grant of time-limited, read-only access to someone outside the provider (docs/domain/external-access.md). It is
 * made whole or not at all, and its only change is being ended early: {@link #end}. Whether it lets its holder in on
 * a day is {@link #stateOn}; nothing else decides it.
 */
public final class ExternalAccessGrant {

    /** No grant lasts longer than this: a longer audit or inspection gets a new one. */
    public static final int LONGEST_DAYS = 366;

    private final UUID id;
    private final UUID accountId;
    private final String personName;
    private final String email;
    private final String organisation;
    private final ExternalKind kind;
    private final ExternalGrant.Scope scope;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final UUID grantedBy;
    private final String grantedByName;
    private final Instant grantedAt;
    private Instant endedAt;
    private String endedByName;
    private final Integer version;

    ExternalAccessGrant(UUID id, UUID accountId, String personName, String email, String organisation,
            ExternalKind kind, ExternalGrant.Scope scope, LocalDate startsOn, LocalDate endsOn, UUID grantedBy,
            String grantedByName, Instant grantedAt, Instant endedAt, String endedByName, Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.personName = personName;
        this.email = email;
        this.organisation = organisation;
        this.kind = kind;
        this.scope = scope;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.grantedBy = grantedBy;
        this.grantedByName = grantedByName;
        this.grantedAt = grantedAt;
        this.endedAt = endedAt;
        this.endedByName = endedByName;
        this.version = version;
    }

    /**
     * A request as of {@code today}, its parts given and in form ({@link NewExternalGrant}'s constraints), checked
     * against the grant's rules: what it may see holds someone, its first day is not gone, its last day is on or
     * after the first and within a year of it. Refused by field at the first rule broken; else the request tidied
     * (names trimmed, the email address in lower case). The account is made only once the request is right, so
     * {@link #grant} takes its id afterwards.
     */
    static NewExternalGrant checked(NewExternalGrant request, LocalDate today) {
        ExternalGrant.Scope scope = request.scope();
        if (scope.kind() == ExternalGrant.Scope.Kind.STANDARD
                ? scope.standardReference() == null || scope.standardReference().isBlank()
                : scope.apprenticeshipIds().isEmpty()) {
            throw new FieldValidationException("scope", "Choose what they may see: it holds no apprentices yet");
        }
        if (request.startsOn().isBefore(today)) {
            throw new FieldValidationException("startsOn", "The first day of their access must be today or later");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new FieldValidationException("endsOn", "The last day must be the same as or after the first day");
        } else if (request.endsOn().isAfter(request.startsOn().plusDays(LONGEST_DAYS - 1))) {
            throw new FieldValidationException("endsOn",
                    "Access lasts at most a year: give a last day within a year of the first");
        }
        return new NewExternalGrant(request.personName().strip(), EmailAddress.normalise(request.email()),
                request.organisation().strip(), request.kind(), scope, request.startsOn(), request.endsOn());
    }

    /** A grant for the account made for the person, from a request {@link #checked} already. */
    static ExternalAccessGrant grant(UUID accountId, NewExternalGrant checked, CurrentUser by, Instant now) {
        return new ExternalAccessGrant(UUID.randomUUID(), accountId, checked.personName(), checked.email(),
                checked.organisation(), checked.kind(), checked.scope(), checked.startsOn(), checked.endsOn(),
                by.id(), by.displayName(), now, null, null, null);
    }

    /** Ends the grant now, whatever its end date: from this moment its holder can open nothing. */
    void end(CurrentUser by, Instant now, ZoneId zone) {
        if (stateOn(now.atZone(zone).toLocalDate()) == ExternalGrant.State.ENDED) {
            throw new ExternalAccessRefused("This access has already ended");
        }
        this.endedAt = now;
        this.endedByName = by.displayName();
    }

    /** Not started before its first day; open from its first to its last day; ended after, or once ended early. */
    ExternalGrant.State stateOn(LocalDate today) {
        if (endedAt != null || today.isAfter(endsOn)) {
            return ExternalGrant.State.ENDED;
        }
        return today.isBefore(startsOn) ? ExternalGrant.State.NOT_STARTED : ExternalGrant.State.OPEN;
    }

    ExternalGrant view(LocalDate today) {
        return new ExternalGrant(id, accountId, personName, email, organisation, kind, scope, startsOn, endsOn,
                grantedByName, grantedAt, endedAt, endedByName, stateOn(today));
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    String personName() {
        return personName;
    }

    String email() {
        return email;
    }

    String organisation() {
        return organisation;
    }

    ExternalKind kind() {
        return kind;
    }

    ExternalGrant.Scope scope() {
        return scope;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    UUID grantedBy() {
        return grantedBy;
    }

    String grantedByName() {
        return grantedByName;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    String endedByName() {
        return endedByName;
    }

    Integer version() {
        return version;
    }
}
