package waypoint.rules;

/**
 * What the employer recorded about English and maths for an apprentice aged 19 or over at the start, in the initial
 * assessment and training plan (docs/domain/funding-rules.md, English and maths). It matters only where the employer
 * may decide.
 */
public enum EmployerDecision {
    /** Nothing recorded: the funding rules' default applies. */
    NOT_RECORDED,
    /** The employer wants the apprentice to achieve English and maths. */
    INCLUDE,
    /** The employer removed English and maths (for adults who started before 11 Feb 2025: decided by 1 Apr 2025). */
    REMOVE,
    /**
     * The employer included English and maths and later withdrew the apprentice from them (an apprentice aged 19 or
     * over; the 2026 to 2027 rules name it; for earlier adult starts the employer's choice has the same effect).
     */
    WITHDRAWN
}
