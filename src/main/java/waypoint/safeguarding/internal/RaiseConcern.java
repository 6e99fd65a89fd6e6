package waypoint.safeguarding.internal;

import waypoint.safeguarding.ConcernKind;

/**
 * A concern someone reports, in typed values (the form has checked what was typed): its kind, the learner's ULN when
 * staff or an employer report about an apprentice, what happened, and for health and safety the incident.
 */
public record RaiseConcern(ConcernKind kind, String learnerUln, String whatHappened, Concern.Incident incident) {
}
