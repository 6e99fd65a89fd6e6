package waypoint.rules;

/**
 * Whether the funding rules fund this apprentice on this standard at all (today: the level 7 age rule). A fact the
 * rule needs that nobody has recorded yet (whether the learner is a care leaver) makes it {@link #NOT_KNOWN_YET}: a
 * warning to answer the question, never a silent yes.
 */
public enum FundingEligibility {
    ELIGIBLE,
    NOT_KNOWN_YET,
    NOT_ELIGIBLE
}
