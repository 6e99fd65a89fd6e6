package waypoint.shared.personaldata;

/**
 * The kinds of record a provider keeps for a set period and then anonymises or deletes (docs/domain/retention.md).
 * Each is kept by one module, which applies the period through {@link PersonalDataRetention}.
 */
public enum RetentionKind {
    /** A learner's record, apprenticeships and their evidence, counted from the end of their last apprenticeship. */
    APPRENTICESHIP_RECORDS,
    /** Safeguarding concerns and what was done about them. */
    SAFEGUARDING_RECORDS,
    /** Enquiries and applications that never became an apprenticeship, counted from their last change. */
    UNCONVERTED_ADMISSIONS,
    /** Emails and in-app notices Waypoint sent, counted from when they were written. */
    MESSAGES,
    /** The audit trail, counted from each event. */
    AUDIT_EVENTS,
    /** The packs released for subject access requests, counted from their release. */
    SUBJECT_ACCESS_PACKS
}
