package waypoint.supportcase.web;

import java.util.Map;
import java.util.UUID;

import waypoint.supportcase.internal.AtRiskIndicators;

/** The at-risk list's query parameters, read leniently: a value that is not valid is ignored, never a 500. */
final class AtRiskFilters {

    private AtRiskFilters() {
    }

    static AtRiskIndicators.Filter parse(Map<String, String> query) {
        String standard = query.get("standard");
        String signal = query.get("signal");
        return new AtRiskIndicators.Filter(uuid(query.get("tutor")), uuid(query.get("employer")),
                standard != null && standard.matches("[A-Za-z0-9]{1,10}") ? standard : null,
                signal != null && signal.matches("[A-Z_]{1,40}") ? signal : null,
                "least".equals(query.get("sort")));
    }

    static int page(Map<String, String> query) {
        return SupportPages.number(query.getOrDefault("page", "0"));
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }
}
