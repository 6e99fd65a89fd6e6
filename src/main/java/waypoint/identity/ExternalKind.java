package waypoint.identity;

/**
 * The kinds of people outside the provider who may be given read-only access (docs/domain/external-access.md). What
 * each sees beyond the apprenticeship records in their grant is decided by the module that keeps it: only a funding
 * auditor opens funding audit evidence packs; an assessor sees their standard's apprentices from gateway on.
 */
public enum ExternalKind {
    FUNDING_AUDITOR("Funding auditor"),
    INSPECTOR("Ofsted inspector"),
    EXTERNAL_QUALITY_ASSURER("External quality assurer"),
    ASSESSOR("End-point assessor");

    private final String words;

    ExternalKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
