package waypoint.feedback;

/** How feedback reached the provider: online by the person themselves, or recorded by staff on their behalf. */
public enum Channel {
    ONLINE("Online"), PUBLIC_FORM("Public form"), PHONE("Phone"), LETTER("Letter"), EMAIL("Email"),
    IN_PERSON("In person");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The channels staff record when they raise feedback on someone's behalf. */
    public boolean isOnBehalf() {
        return this == PHONE || this == LETTER || this == EMAIL || this == IN_PERSON;
    }
}
