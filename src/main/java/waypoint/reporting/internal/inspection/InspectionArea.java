package waypoint.reporting.internal.inspection;

/**
 * The evaluation areas of Ofsted's further education and skills inspection toolkit (from 10 November 2025) under which
 * the self-assessment shows Waypoint's evidence (docs/domain/audit-and-inspection.md, "The inspection
 * self-assessment"). Safeguarding is judged too, but its records are never summarised here.
 */
public enum InspectionArea {
    INCLUSION("Inclusion", "The impact of support: how apprentices who need help are supported, and what came of it."),
    CURRICULUM_AND_TEACHING("Curriculum and teaching",
            "Starting points and progress: what apprentices knew at the start, and how they move through the"
                    + " knowledge, skills and behaviours of their standard."),
    ACHIEVEMENT("Achievement", "Completions, withdrawals and grades."),
    PARTICIPATION_AND_DEVELOPMENT("Participation and development",
            "Destinations: what apprentices go on to after completing."),
    LEADERSHIP_AND_GOVERNANCE("Leadership and governance",
            "How leaders keep the record right: signed plans and the funding rules' known risks."),
    CONTRIBUTION_TO_SKILLS_NEEDS("Contribution to meeting skills needs",
            "The standards delivered and the employers served.");

    private final String words;
    private final String about;

    InspectionArea(String words, String about) {
        this.words = words;
        this.about = about;
    }

    public String words() {
        return words;
    }

    public String about() {
        return about;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<InspectionArea> ofSlug(String slug) {
        for (InspectionArea area : values()) {
            if (area.slug().equals(slug)) {
                return java.util.Optional.of(area);
            }
        }
        return java.util.Optional.empty();
    }
}
