package waypoint.dataprotection.internal.retention;

import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * Each kind of record with the public source of its retention period, when its period starts and the default a
 * provider starts from (docs/domain/retention.md, "The defaults and their sources").
 */
public enum RetentionRule {

    APPRENTICESHIP_RECORDS(RetentionKind.APPRENTICESHIP_RECORDS, "Apprenticeship records and evidence",
            "The learner record, apprenticeships, off-the-job training, portfolio evidence, reviews and sessions",
            "after the learner's last apprenticeship ends",
            "The apprenticeship funding rules: evidence requirements, and your funding agreement",
            "https://www.gov.uk/guidance/apprenticeship-funding-rules-for-training-providers/evidence-requirements",
            72, RetentionAction.ANONYMISE, true),
    SAFEGUARDING_RECORDS(RetentionKind.SAFEGUARDING_RECORDS, "Safeguarding records",
            "Safeguarding concerns, what was done and who was told",
            "after the learner's last apprenticeship ends",
            "Keeping children safe in education, and your safeguarding policy",
            "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2",
            72, RetentionAction.DELETE, true),
    UNCONVERTED_ADMISSIONS(RetentionKind.UNCONVERTED_ADMISSIONS, "Enquiries and applications never converted",
            "Enquiries and applications that did not become an apprenticeship",
            "after they last changed",
            "ICO: the storage limitation principle (keep data no longer than you need it)",
            "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-protection-principles/a-guide-to-the-data-protection-principles/storage-limitation/",
            12, RetentionAction.DELETE, false),
    MESSAGES(RetentionKind.MESSAGES, "Messages",
            "Emails and in-app notices Waypoint sent",
            "after they were sent",
            "ICO: the storage limitation principle (keep data no longer than you need it)",
            "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-protection-principles/a-guide-to-the-data-protection-principles/storage-limitation/",
            24, RetentionAction.DELETE, false),
    AUDIT_EVENTS(RetentionKind.AUDIT_EVENTS, "Audit trail",
            "Who changed or viewed which record, and when",
            "after each event",
            "The apprenticeship funding rules: evidence requirements (the trail shows how the evidence was made)",
            "https://www.gov.uk/guidance/apprenticeship-funding-rules-for-training-providers/evidence-requirements",
            72, RetentionAction.DELETE, false),
    SUBJECT_ACCESS_PACKS(RetentionKind.SUBJECT_ACCESS_PACKS, "Subject access packs",
            "The copy of a person's data released to them (the request itself is kept)",
            "after the pack was released",
            "ICO: the right of access, and the storage limitation principle",
            "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/individual-rights/right-of-access/",
            12, RetentionAction.DELETE, false);

    private final RetentionKind kind;
    private final String title;
    private final String covers;
    private final String countedFrom;
    private final String source;
    private final String sourceUrl;
    private final int defaultMonths;
    private final RetentionAction defaultAction;
    private final boolean perLearner;

    RetentionRule(RetentionKind kind, String title, String covers, String countedFrom, String source,
            String sourceUrl, int defaultMonths, RetentionAction defaultAction, boolean perLearner) {
        this.kind = kind;
        this.title = title;
        this.covers = covers;
        this.countedFrom = countedFrom;
        this.source = source;
        this.sourceUrl = sourceUrl;
        this.defaultMonths = defaultMonths;
        this.defaultAction = defaultAction;
        this.perLearner = perLearner;
    }

    public static RetentionRule of(RetentionKind kind) {
        return valueOf(kind.name());
    }

    public RetentionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String covers() {
        return covers;
    }

    public String countedFrom() {
        return countedFrom;
    }

    public String source() {
        return source;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public int defaultMonths() {
        return defaultMonths;
    }

    public RetentionAction defaultAction() {
        return defaultAction;
    }

    /** Counted from the end of a learner's last apprenticeship, rather than from each record's own date. */
    public boolean perLearner() {
        return perLearner;
    }

    /** Only a learner's record can be anonymised (its facts kept); every other kind is deleted. */
    public boolean canAnonymise() {
        return this == APPRENTICESHIP_RECORDS;
    }

    /** “6 years”, “18 months”. */
    public static String period(int months) {
        if (months % 12 == 0) {
            int years = months / 12;
            return years + (years == 1 ? " year" : " years");
        }
        return months + (months == 1 ? " month" : " months");
    }
}
