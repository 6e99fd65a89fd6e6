package waypoint.shared.web;

import java.util.List;

/**
 * Which requests are provider-wide reports and downloads, decided once, from the path (docs/performance.md, "Every
 * page and call"): the reports, accountability, funding audit, ILR and gateway pages and their API, the at-risk,
 * behind-pace, cadence-gap, review-compliance, feedback-report, equality and admissions figures, the self-assessment
 * and audit trail views, every CSV download and every overview. Every other page or call is one a person makes while
 * working, the reports' own start page and the tutor's caseload board included.
 * <p>
 * The one list: a provider-wide report has a budget of 1 s at p95 and every other page 50 ms (the route benchmark
 * asks this class), and only so many reports run at once on a node so that the everyday pages always have a core
 * ({@link ProviderWideReportsAtOnce}).
 */
public final class ProviderWideReports {

    /** Paths that begin so are provider-wide reports ... */
    private static final List<String> BEGINNINGS = List.of("/reports", "/accountability", "/funding-audit", "/ilr",
            "/gateway", "/admissions/figures", "/feedback/report", "/self-assessment", "/off-the-job/behind-pace",
            "/support-cases/at-risk", "/sessions/cadence-gaps", "/admin/audit", "/safeguarding/equality",
            "/reviews/compliance", "/api/v1/accountability", "/api/v1/funding", "/api/v1/ilr",
            "/api/v1/epa/readiness", "/api/v1/feedback/report", "/api/v1/reviews/compliance",
            "/api/v1/support-cases/at-risk", "/api/v1/cadence-gaps", "/api/v1/audit-events");
    /** ... as are those that end so ... */
    private static final List<String> ENDINGS = List.of(".csv", "/overview");
    /** ... but for these, which a person opens while working. */
    private static final List<String> WORKING = List.of("/reports", "/reports/caseload", "/api/v1/caseload-board");

    private ProviderWideReports() {
    }

    /**
     * Whether a request path ({@code /reports/caseload/overview.csv}, without the context path or query) or a route's
     * pattern ({@code /accountability/thresholds/{indicator}}) is a provider-wide report or download.
     */
    public static boolean includes(String pathOrPattern) {
        if (WORKING.contains(pathOrPattern)) {
            return false;
        }
        return BEGINNINGS.stream().anyMatch(pathOrPattern::startsWith)
                || ENDINGS.stream().anyMatch(pathOrPattern::endsWith);
    }
}
