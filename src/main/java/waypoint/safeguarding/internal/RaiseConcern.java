package waypoint.safeguarding.internal;

/**
 * What someone tells us when they report a concern, as typed (the page's form and the API's body). Kind and
 * category are the enum names; the learner's ULN is for staff and employers reporting about an apprentice; the
 * incident fields are for health and safety only.
 */
public record RaiseConcern(String kind, String learnerUln, String whatHappened, String incidentCategory,
        String occurredOn, String place, String peopleInvolved, String injury) {

    public static RaiseConcern blank() {
        return new RaiseConcern(null, null, null, null, null, null, null, null);
    }
}
