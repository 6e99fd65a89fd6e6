package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.dataprotection.ProcessingActivities;
import waypoint.dataprotection.ProcessingActivity;
import waypoint.dataprotection.RetentionImport;
import waypoint.dataprotection.SubjectAccessImport;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/**
 * The demo's subject access requests: Lola Learner asked two months ago and her pack was released (she downloads it
 * from Your data); Amir Ahmed's request, gathered and waiting for the data protection officer's review, is due in
 * four days. The retention job has run once (its report is on the Retention page), and Yusuf Yates, who completed
 * his apprenticeship last year, asked for his data to be erased: the request explains what was erased and that his
 * apprenticeship records are kept for six years after it ended.
 */
@Component
class DemoDataProtection {

    private static final Logger log = LoggerFactory.getLogger(DemoDataProtection.class);
    static final String PENDING_LEARNER = "amir.ahmed@learners.test";
    static final String ERASURE_LEARNER = "yusuf.yates@learners.test";

    private final SubjectAccessImport requests;
    private final ProcessingActivities activities;
    private final UserAccounts accounts;
    private final RetentionImport retention;
    private final Clock clock;

    DemoDataProtection(SubjectAccessImport requests, ProcessingActivities activities, UserAccounts accounts,
            RetentionImport retention, Clock clock) {
        this.retention = retention;
        this.requests = requests;
        this.activities = activities;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load() {
        var summary = accounts.findByEmail(DemoAccounts.DATA_PROTECTION_OFFICER.email()).orElseThrow();
        CurrentUser officer = new CurrentUser(summary.id(), summary.email(), summary.displayName(), summary.roles());
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        var lola = accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow();
        if (!requests.anyFor(lola.id())) {
            requests.released(officer, lola.email(), today.minusMonths(2).plusDays(3),
                    "Please send me everything you hold about me.",
                    "Emailed from the address on her learner record; date of birth confirmed by phone");
            added++;
        }
        var amir = accounts.findByEmail(PENDING_LEARNER);
        if (amir.isPresent() && !requests.anyFor(amir.get().id())) {
            requests.receivedAndGathered(officer, PENDING_LEARNER, today.minusMonths(1).plusDays(4),
                    "A copy of my reviews and my messages with my tutor, please.",
                    "Handed in at reception with his student card");
            added++;
        }
        if (added > 0) {
            log.info("Demo data: {} subject access requests", added);
        }
        if (activities.all(officer).isEmpty()) {
            for (ProcessingActivity.Details activity : ACTIVITIES) {
                activities.add(officer, activity);
            }
            log.info("Demo data: {} processing activities", ACTIVITIES.size());
        }
        if (accounts.findByEmail(ERASURE_LEARNER).isPresent()) {
            retention.erasureRequest(officer, ERASURE_LEARNER, today.minusDays(3),
                    "I have finished my apprenticeship: please delete my details.");
        }
        int done = retention.runTheNightlyJobOnce();
        if (done >= 0) {
            log.info("Demo data: the retention job ran once ({} records)", done);
        }
    }

    /** The demo provider's record of processing activities, as its data protection officer wrote it. */
    private static final java.util.List<ProcessingActivity.Details> ACTIVITIES = java.util.List.of(
            new ProcessingActivity.Details("Running apprenticeships",
                    "Enrolling apprentices, planning and delivering their training, reviewing progress and preparing them for assessment",
                    "Public task; legal obligation (the apprenticeship funding rules); contract with the employer",
                    "Apprentices; employers' contacts; staff",
                    "Identity and contact details, unique learner number, National Insurance number, training records, portfolio evidence, reviews, messages",
                    "The apprentice's employer; the end-point assessment organisation; the Department for Education (the Individualised Learner Record)",
                    "The evidence of each apprenticeship for as long as the funding rules require after it ends, then anonymised",
                    "Access by role and relationship; every view of a sensitive record audited; encrypted backups", null),
            new ProcessingActivity.Details("Equality monitoring and support",
                    "Supporting apprentices with a health condition, disability or learning difficulty, and reporting equality figures",
                    "Legal obligation; substantial public interest (equality of opportunity)",
                    "Apprentices",
                    "Special category data: health, disability, ethnicity, religion, sexual orientation (each optional)",
                    "None outside the provider, other than anonymous figures",
                    "As the learner record", "Kept apart from the learner record; each view audited", null),
            new ProcessingActivity.Details("Safeguarding",
                    "Keeping apprentices and others safe: concerns, referrals and their outcomes",
                    "Legal obligation; vital interests; substantial public interest (safeguarding)",
                    "Apprentices; people named in concerns",
                    "Special category and criminal offence data where a concern needs it",
                    "Local authority safeguarding teams and the police, when a referral needs it",
                    "As safeguarding guidance requires (Keeping children safe in education)",
                    "Narratives encrypted; read by the safeguarding lead only; never released with a subject access pack automatically", null),
            new ProcessingActivity.Details("Complaints, feedback and surveys",
                    "Handling complaints and appeals, and learning from feedback and surveys",
                    "Public task; legitimate interests",
                    "Apprentices; employers' contacts; members of the public",
                    "Names, contact details, what was raised and the responses",
                    "The awarding or assessment organisation for an appeal; the funder if a complaint is escalated",
                    "Six years after the complaint is closed", "Read by the people handling it; each view audited", null));
}
