package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.NewExternalGrant;
import waypoint.identity.UserAccounts;
import waypoint.reporting.ExternalAccessScopes;

/**
 * People outside the provider (docs/domain/external-access.md): a funding auditor with a sample of ten apprentices,
 * an Ofsted inspector with every apprentice on the demo's standard, both open for the next weeks (the inspector's
 * account also holds last year's inspection grant, long ended), and an external quality assurer whose access ended
 * last month. The first two are demo logins.
 */
@Component
class DemoExternalAccess {

    private static final Logger log = LoggerFactory.getLogger(DemoExternalAccess.class);
    private static final String STANDARD = "ST0116";
    static final String ENDED_EMAIL = "eqa@assessment.test";

    private final ExternalAccess external;
    private final ExternalAccessScopes scopes;
    private final UserAccounts accounts;
    private final Clock clock;

    DemoExternalAccess(ExternalAccess external, ExternalAccessScopes scopes, UserAccounts accounts, Clock clock) {
        this.external = external;
        this.scopes = scopes;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load() {
        try {
            Optional<AccountSummary> admin = accounts.findByEmail(DemoAccounts.ADMIN.email());
            if (admin.isEmpty() || accounts.findByEmail(DemoAccounts.AUDITOR.email()).isPresent()) {
                return;
            }
            CurrentUser by = new CurrentUser(admin.get().id(), admin.get().email(), admin.get().displayName(),
                    admin.get().roles());
            LocalDate today = LocalDate.now(clock);
            Optional<ExternalGrant.Scope> standard = scopes.standard(STANDARD);
            if (standard.isEmpty()) {
                return;
            }
            ExternalGrant.Scope sample = scopes.newSample(by, 10, 2027);
            grant(by, DemoAccounts.AUDITOR, "Education and Skills Funding Agency", ExternalKind.FUNDING_AUDITOR,
                    sample, today.minusDays(2), today.plusWeeks(4));
            // the inspector came last year too: the same account holds that inspection's grant, long ended
            grant(by, DemoAccounts.INSPECTOR, "Ofsted", ExternalKind.INSPECTOR, standard.get(),
                    today.minusYears(1), today.minusYears(1).plusWeeks(2));
            grant(by, DemoAccounts.INSPECTOR, "Ofsted", ExternalKind.INSPECTOR, standard.get(), today.minusDays(1),
                    today.plusWeeks(2));
            external.recordForTheDemo(by, new NewExternalGrant("Ezra Quality-Assurer", ENDED_EMAIL,
                    "An end-point assessment organisation", ExternalKind.EXTERNAL_QUALITY_ASSURER, standard.get(),
                    today.minusDays(60), today.minusDays(30)), today.minusDays(60), DemoAccounts.PASSWORD);
            log.info("Demo data: a funding auditor, an inspector and an ended external quality assurer");
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: no access for people outside the provider: {}", refused.getMessage());
        }
    }

    private void grant(CurrentUser by, DemoAccounts who, String organisation, ExternalKind kind,
            ExternalGrant.Scope scope, LocalDate from, LocalDate to) {
        external.recordForTheDemo(by, new NewExternalGrant(who.displayName(), who.email(), organisation, kind, scope,
                from, to), from, DemoAccounts.PASSWORD);
    }
}
