package waypoint.enrolment;

/** The part another member of staff plays in an apprenticeship, besides its primary tutor. */
public enum StaffPart {
    FUNCTIONAL_SKILLS_TUTOR("Functional skills tutor"),
    CLIENT_PARTNER("Client partner"),
    PASTORAL_LEAD("Pastoral lead"),
    TECHNICAL_LEAD("Technical lead"),
    OTHER("Other");

    private final String words;

    StaffPart(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
