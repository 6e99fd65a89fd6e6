package waypoint.feedback.web;

/**
 * The raise-feedback form as typed (every field text, so what was typed comes back on an error). {@code website}
 * is the public form's honeypot: hidden from people, filled in only by robots.
 */
public record RaiseForm(String kind, String formal, String channel, String receivedOn, String learnerId,
        String complainantName, String complainantEmail, String complainantType, String summary, String details,
        String category, String aboutAccountId, String under18, String prefersOperationsManager,
        String wantsResponse, String appealRoute, String assessmentDate, String organisationAppealBy, String website) {

    public static RaiseForm empty() {
        return new RaiseForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public RaiseForm withLearner(String learner) {
        return new RaiseForm(kind, formal, channel, receivedOn, learner, complainantName, complainantEmail,
                complainantType, summary, details, category, aboutAccountId, under18, prefersOperationsManager,
                wantsResponse, appealRoute, assessmentDate, organisationAppealBy, website);
    }
}
