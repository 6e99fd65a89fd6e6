package waypoint.shared.personaldata;

import java.time.Instant;

/**
 * How a module applies a retention period to the records it keeps (docs/domain/retention.md, docs/adr/0008): the
 * nightly retention job and an erasure request ask each module, which changes its own tables only.
 */
public interface PersonalDataRetention {

    /** The kind of record this module keeps. */
    RetentionKind kind();

    /**
     * Anonymises or deletes the records of this kind whose period began before {@code cutoff} (when a message was
     * written, when an enquiry last changed...); answers how many records. A kind counted from a person's
     * apprenticeships answers 0: the job finds those people and calls {@link #applyTo}.
     */
    int applyBefore(Instant cutoff, RetentionAction action);

    /** Anonymises or deletes this person's records of this kind now; answers how many records. */
    int applyTo(DataSubject subject, RetentionAction action);
}
