package waypoint.safeguarding.internal;

/** An action a handler records, as typed: a referral (agency and its reference number), support, signposting, a note. */
public record ConcernAction(String kind, String agency, String referenceNumber, String details, Integer version) {

    public static ConcernAction blank(int version) {
        return new ConcernAction(null, null, null, null, version);
    }
}
