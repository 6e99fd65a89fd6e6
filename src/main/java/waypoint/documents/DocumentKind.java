package waypoint.documents;

import java.util.Arrays;
import java.util.Optional;

/** The documents every provider keeps, named as its staff, apprentices and employers know them. */
public enum DocumentKind {
    LEARNER_HANDBOOK("The learner handbook", "learner-handbook",
            "What the apprenticeship involves, from the start to completion, and what the apprentice signs at induction."),
    COMPLAINTS_POLICY("Complaints and feedback policy", "complaints-policy",
            "How complaints, compliments, suggestions and appeals are handled, stage by stage, and by when."),
    SUPPORT_POLICY("Support and escalation policy", "support-policy",
            "How an apprentice who falls behind is supported, the informal and formal stages, and who takes part."),
    PRIVACY_NOTICE("Privacy notice", "privacy-notice",
            "What personal data the provider keeps, why, for how long, who it is shared with, and people's rights over it.");

    private final String title;
    private final String slug;
    private final String purpose;

    DocumentKind(String title, String slug, String purpose) {
        this.title = title;
        this.slug = slug;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    /** The document's name in addresses: {@code /documents/complaints-policy}. */
    public String slug() {
        return slug;
    }

    public String purpose() {
        return purpose;
    }

    /** The page that shows the current version. */
    public String href() {
        return "/documents/" + slug;
    }

    public static Optional<DocumentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
