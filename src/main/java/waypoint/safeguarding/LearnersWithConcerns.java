package waypoint.safeguarding;

import java.util.Set;

import waypoint.organisation.LearnerId;

/**
 * Which learners a concern of a kind is about, for anonymised counts (the equality report). The kind is encrypted in
 * the database (docs/adr/0012-envelope-encryption-with-tink.md), so other modules ask here rather than filter on it in
 * SQL; the answer is ids only, never what a concern says.
 */
public interface LearnersWithConcerns {

    Set<LearnerId> about(ConcernKind kind);
}
