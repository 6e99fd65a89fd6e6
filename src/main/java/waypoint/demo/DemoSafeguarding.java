package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.safeguarding.ActionKind;
import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.safeguarding.SafeguardingImport;
import waypoint.organisation.StaffMemberId;

/**
 * The demo safeguarding log: Sam Safeguarding as designated safeguarding officer; an open and a closed concern of every
 * kind, raised by the demo learner, employer contact and tutor; a referral to the local authority with its reference
 * number and the demo tutor told a matter is open for Lola; staff training and DBS records, one expiring within the
 * alert window. Loaded once: nothing is added if any concern exists.
 */
@Component
class DemoSafeguarding {

    private static final Logger log = LoggerFactory.getLogger(DemoSafeguarding.class);
    static final String OTHER_LEARNER = "demi.doyle@learners.test";

    private final SafeguardingImport safeguarding;
    private final UserAccounts accounts;
    private final OrganisationImport organisation;
    private final Learners learners;
    private final Clock clock;

    DemoSafeguarding(SafeguardingImport safeguarding, UserAccounts accounts, OrganisationImport organisation,
            Learners learners, Clock clock) {
        this.safeguarding = safeguarding;
        this.accounts = accounts;
        this.organisation = organisation;
        this.learners = learners;
        this.clock = clock;
    }

    void load() {
        CurrentUser admin = as(DemoAccounts.ADMIN);
        CurrentUser lead = as(DemoAccounts.SAFEGUARDING);
        CurrentUser quality = as(DemoAccounts.QUALITY);
        safeguarding.officer(admin, DemoAccounts.SAFEGUARDING.displayName(), DemoAccounts.SAFEGUARDING.email(),
                "0113 496 0500");
        if (safeguarding.hasConcerns()) {
            return;
        }
        CurrentUser lola = as(DemoAccounts.LEARNER);
        CurrentUser erin = as(DemoAccounts.EMPLOYER);
        CurrentUser taylor = as(DemoAccounts.TUTOR);
        String lolaUln = uln(DemoAccounts.LEARNER.email());
        String demiUln = uln(OTHER_LEARNER);
        LocalDate today = LocalDate.now(clock);

        // Safeguarding: Lola's own disclosure, referred and flagged to her tutor; a closed one about Demi.
        UUID disclosure = safeguarding.raise(lola, ConcernKind.SAFEGUARDING, null,
                "Someone at home has been taking my wages and I am scared to go back tonight.");
        safeguarding.triage(lead, disclosure, RiskLevel.HIGH, null, "Spoke to Lola the same afternoon.");
        safeguarding.record(lead, disclosure, ActionKind.REFERRAL, Agency.LOCAL_AUTHORITY, "LA-2026-0412",
                "Referred to Leeds adult social care; duty worker to call Lola tomorrow.");
        safeguarding.record(lead, disclosure, ActionKind.SUPPORT, null, null,
                "Weekly check-in with the safeguarding officer agreed with Lola.");
        safeguarding.shareWithTutor(lead, disclosure);
        closed(lead, safeguarding.raise(taylor, ConcernKind.SAFEGUARDING, demiUln,
                "Demi arrived at the session with bruising on her arm and would not say how it happened."),
                RiskLevel.MEDIUM, "Demi explained a sports injury, confirmed by her line manager. No further action.");

        // Prevent: an open one referred through Channel; a closed one.
        UUID prevent = safeguarding.raise(taylor, ConcernKind.PREVENT, demiUln,
                "Demi has been sharing videos from an extremist channel in the group chat.");
        safeguarding.triage(lead, prevent, RiskLevel.MEDIUM, null, null);
        safeguarding.record(lead, prevent, ActionKind.REFERRAL, Agency.CHANNEL_PREVENT, "PRV-88213",
                "Referred to the regional Prevent coordinator for a Channel assessment.");
        closed(lead, safeguarding.raise(erin, ConcernKind.PREVENT, lolaUln,
                "Overheard a conversation about a rally that worried me."),
                RiskLevel.LOW, "Discussed with the learner: a legal, peaceful protest. No concern.");

        // Bullying or harassment, and wellbeing.
        safeguarding.raise(erin, ConcernKind.BULLYING_OR_HARASSMENT, lolaUln,
                "Two colleagues keep making comments about Lola's accent.");
        closed(lead, safeguarding.raise(lola, ConcernKind.BULLYING_OR_HARASSMENT, null,
                "Someone in my training group keeps messaging me at night."),
                RiskLevel.LOW, "Spoke to both learners; messages stopped. Lola happy to close.");
        UUID wellbeing = safeguarding.raise(taylor, ConcernKind.WELLBEING, demiUln,
                "Demi seems exhausted and said she is not sleeping.");
        safeguarding.triage(lead, wellbeing, RiskLevel.LOW, null, null);
        safeguarding.record(lead, wellbeing, ActionKind.SIGNPOSTING, null, null,
                "Signposted to the employer's assistance programme and to Mind.");
        closed(lead, safeguarding.raise(lola, ConcernKind.WELLBEING, null, "I am struggling with my workload."),
                RiskLevel.LOW, "Workload agreed with line manager at the review.");

        // Quality: unfair treatment and health and safety.
        safeguarding.raise(lola, ConcernKind.UNFAIR_TREATMENT, null,
                "I was the only one not allowed study time this month.");
        closed(quality, safeguarding.raise(erin, ConcernKind.UNFAIR_TREATMENT, lolaUln,
                "Lola's assessment was booked on a religious holiday she had told us about."),
                RiskLevel.LOW, "Assessment rebooked; tutors reminded to check the learner's calendar.");
        UUID nearMiss = safeguarding.raiseIncident(taylor, IncidentCategory.NEAR_MISS, today.minusDays(3),
                "Brightside Care Homes kitchen", "Demi Doyle", null,
                "A pallet fell from a racking shelf close to where Demi was working.");
        safeguarding.triage(quality, nearMiss, RiskLevel.MEDIUM, false, "Asked Northgate for their risk assessment.");
        UUID accident = safeguarding.raiseIncident(erin, IncidentCategory.ACCIDENT, today.minusDays(20),
                "Northgate Engineering loading bay", "Lola Learner", "Sprained wrist; first aid given on site",
                "Lola slipped on a wet floor in the loading bay.");
        safeguarding.triage(quality, accident, RiskLevel.LOW, false, "Under seven days off work: not RIDDOR reportable.");
        safeguarding.close(quality, accident, "Wet-floor signs and a new mat put in place by the employer.");

        staffRecords(admin, today);
        log.info("Demo data: safeguarding concerns and staff safeguarding records loaded");
    }

    private void closed(CurrentUser handler, UUID concern, RiskLevel level, String outcome) {
        safeguarding.triage(handler, concern, level, null, null);
        safeguarding.close(handler, concern, outcome);
    }

    private void staffRecords(CurrentUser admin, LocalDate today) {
        int n = 0;
        for (DemoAccounts account : DemoAccounts.values()) {
            if (!account.roles().stream().allMatch(Role::isStaff)) {
                continue;
            }
            StaffMemberId staff = organisation.findStaff(account.email()).orElse(null);
            if (staff == null) {
                continue;
            }
            LocalDate checked = today.minusYears(2).plusDays(n * 30L);
            // Taylor Tutor's check is due for renewal within the alert window; everyone else's later.
            LocalDate expires = account == DemoAccounts.TUTOR ? today.plusDays(25) : checked.plusYears(3);
            safeguarding.staffRecord(admin, staff, today.minusMonths(3 + n), checked, expires);
            n++;
        }
    }

    private String uln(String learnerEmail) {
        return organisation.findLearner(learnerEmail).flatMap(learners::find).map(l -> l.uln()).orElseThrow();
    }

    private CurrentUser as(DemoAccounts account) {
        AccountSummary summary = accounts.findByEmail(account.email()).orElseThrow();
        return new CurrentUser(summary.id(), summary.email(), summary.displayName(), Set.copyOf(summary.roles()));
    }
}
