package waypoint.safeguarding.internal;

import java.util.List;

/** A concern as its handler reads it: the record, its chronology, and who the learner and their tutor are. */
public record ConcernDetails(Concern concern, List<ConcernEntry> chronology, String learnerName, String tutorName) {
}
