package waypoint.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountStatus;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.EmailAlreadyInUseException;
import waypoint.identity.ExternalGrant;
import waypoint.identity.NewExternalGrant;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.validation.EmailAddress;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/** Makes, ends and reads {@link ExternalAccessGrant}s; every grant and every early end is audited. */
@Component
public class ExternalGrants {

    private final ExternalGrantStore store;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Validator validator;

    ExternalGrants(ExternalGrantStore store, UserAccounts accounts, ApplicationEventPublisher events,
            java.time.Clock clock, Validator validator) {
        this.validator = validator;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.zone = clock.getZone();
    }

    /**
     * Checks a request as of {@code today}: its parts given and in form, every wrong one by field; then an email
     * address that belongs to an account of the provider's own (staff, an apprentice or an employer contact) or to a
     * switched-off account; then the grant's rules ({@link ExternalAccessGrant#checked}).
     */
    public NewExternalGrant check(NewExternalGrant request, LocalDate today) {
        FormChecks.require(validator, request);
        accounts.findByEmail(EmailAddress.normalise(request.email())).flatMap(ExternalGrants::refusal)
                .ifPresent(problem -> {
                    throw new FieldValidationException("email", problem);
                });
        return ExternalAccessGrant.checked(request, today);
    }

    /** Why an existing account cannot be given a grant, or nothing: an external account that may sign in can. */
    private static Optional<String> refusal(AccountSummary account) {
        if (!account.roles().equals(Set.of(Role.EXTERNAL))) {
            String whose = account.roles().contains(Role.LEARNER) ? "an apprentice"
                    : account.roles().contains(Role.EMPLOYER_CONTACT) ? "an employer contact" : "a member of staff";
            return Optional.of("This email address belongs to " + whose + "'s account: someone outside the provider"
                    + " needs an email address of their own");
        }
        if (account.status() == AccountStatus.DISABLED) {
            return Optional.of("This person's account is switched off: switch it back on under Accounts before"
                    + " giving them access again");
        }
        return Optional.empty();
    }

    /** A grant given, and whether its holder's account was made for it or was theirs already. */
    public record Given(ExternalGrant grant, boolean newAccount, AccountStatus accountStatus) {
    }

    /**
     * Checks the request as of {@code today} and adds the grant to the person's account: the external account their
     * email address already has, or a new one holding the external role alone (with the password given, for demo
     * data, else to be set through an invitation).
     */
    public Given grant(NewExternalGrant request, LocalDate today, String password, CurrentUser by, Instant now) {
        NewExternalGrant checked = check(request, today);
        Optional<AccountSummary> existing = accounts.findByEmail(checked.email());
        if (existing.isPresent()) {
            return new Given(add(existing.get().id(), checked, by, now), false, existing.get().status());
        }
        AccountSummary account;
        try {
            account = password == null
                    ? accounts.create(checked.email(), checked.personName(), Set.of(Role.EXTERNAL))
                    : accounts.createWithPassword(checked.email(), checked.personName(), Set.of(Role.EXTERNAL),
                            password);
        } catch (EmailAlreadyInUseException e) {
            throw new FieldValidationException("email", "An account with this email address was made a moment ago:"
                    + " give the access again to add it to that account");
        }
        return new Given(add(account.id(), checked, by, now), true, account.status());
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

    /** Every grant of an account in its state on {@code today}, the latest first day first. */
    public List<ExternalGrant> ofAccount(UUID accountId, LocalDate today) {
        return store.ofAccount(accountId).stream().map(g -> g.view(today)).toList();
    }

    private static String describe(ExternalAccessGrant grant) {
        return grant.kind().words() + " " + grant.personName() + " (" + grant.organisation() + ", " + grant.email()
                + "): " + grant.scope().label() + ", " + grant.startsOn() + " to " + grant.endsOn();
    }
}
