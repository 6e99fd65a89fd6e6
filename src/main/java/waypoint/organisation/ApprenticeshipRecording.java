package waypoint.organisation;

import waypoint.identity.CurrentUser;

/**
 * Whether a person may record an apprenticeship: answered by the module that owns apprenticeships, which depends on
 * this one (not the reverse). A learner's page offers to record an apprenticeship for a learner with none only when it
 * says yes; the recording itself is authorised where it is made.
 */
public interface ApprenticeshipRecording {

    boolean mayRecord(CurrentUser user);
}
