package waypoint.portfolio.internal;

/** The kinds of evidence the learner handbook names (assignments, projects, research, …). */
public enum EvidenceType {
    ASSIGNMENT("Assignment"),
    PROJECT("Project"),
    RESEARCH("Research"),
    OBSERVATION_RECORD("Observation record"),
    WITNESS_TESTIMONY("Witness testimony"),
    PROFESSIONAL_DISCUSSION_RECORD("Professional discussion record"),
    REFLECTIVE_ACCOUNT("Reflective account"),
    WORK_PRODUCT("Work product"),
    MOCK_ASSESSMENT("Mock assessment");

    private final String words;

    EvidenceType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
