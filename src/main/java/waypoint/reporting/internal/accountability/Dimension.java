package waypoint.reporting.internal.accountability;

import java.util.Optional;

/**
 * The ways the figures are broken down: by standard, level, tutor, employer and age band (age on the first day of the
 * apprenticeship: 16 to 18, 19 to 23, 24 and over, as the achievement rate tables group apprentices).
 */
public enum Dimension {
    STANDARD("Standard"),
    LEVEL("Level"),
    TUTOR("Tutor"),
    EMPLOYER("Employer"),
    AGE("Age at start");

    private final String words;

    Dimension(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Dimension> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        for (Dimension d : values()) {
            if (d.slug().equals(slug.strip().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The group an apprenticeship falls in, as it appears in an address. */
    public String key(ApprenticeshipFact f) {
        return switch (this) {
            case STANDARD -> String.valueOf(f.standardReference());
            case LEVEL -> f.level() == null ? "unknown" : String.valueOf(f.level());
            case TUTOR -> String.valueOf(f.tutorId());
            case EMPLOYER -> String.valueOf(f.employerId());
            case AGE -> ageBand(f.ageAtStart());
        };
    }

    /** The group's name in words. */
    public String label(ApprenticeshipFact f) {
        return switch (this) {
            case STANDARD -> f.standardReference() + (f.standardTitle() == null ? "" : " " + f.standardTitle());
            case LEVEL -> f.level() == null ? "Level not known" : "Level " + f.level();
            case TUTOR -> f.tutorName() == null ? "No tutor" : f.tutorName();
            case EMPLOYER -> f.employerName() == null ? "No employer" : f.employerName();
            case AGE -> switch (ageBand(f.ageAtStart())) {
                case "16-18" -> "16 to 18";
                case "19-23" -> "19 to 23";
                case "24+" -> "24 and over";
                default -> "Age not known";
            };
        };
    }

    static String ageBand(Integer age) {
        if (age == null) {
            return "unknown";
        }
        return age <= 18 ? "16-18" : age <= 23 ? "19-23" : "24+";
    }
}
