package waypoint.shared.personaldata;

/** What happens to a record once its retention period has passed (docs/domain/retention.md). */
public enum RetentionAction {
    /** The person's identifying details are removed; the facts the figures and reports need stay. */
    ANONYMISE,
    /** The record is removed. */
    DELETE
}
