package waypoint.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import waypoint.reporting.internal.funding.FundingForecast;

/** The forecast's filters as typed (page or API), and what is wrong with them: field name to message. */
record FundingFilters(Integer year, FundingForecast.Filter filter, Map<String, String> errors) {

    static FundingFilters of(String year, String standard, String employer, String tutor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer starting = null;
        if (year != null && !year.isBlank()) {
            try {
                starting = Integer.valueOf(year.strip());
                if (starting < 2017 || starting > 2100) {
                    errors.put("year", "Enter the year the funding year starts in, like 2026 for August 2026 to"
                            + " July 2027");
                    starting = null;
                }
            } catch (NumberFormatException notANumber) {
                errors.put("year", "Enter the year the funding year starts in, like 2026 for August 2026 to July 2027");
            }
        }
        if (standard != null && !standard.isBlank() && !standard.strip().toUpperCase().matches("ST\\d{4}")) {
            errors.put("standard", "Enter a standard's reference, like ST0116, or leave it empty");
        }
        UUID employerId = id(employer, "employer", "Enter the employer's id as it is shown on the employer's page, or"
                + " leave it empty", errors);
        UUID tutorId = id(tutor, "tutor", "Enter the tutor's staff id as it is shown on their staff page, or leave it"
                + " empty", errors);
        return new FundingFilters(starting, new FundingForecast.Filter(standard == null || standard.isBlank() ? null
                : standard.strip(), employerId, tutorId), errors);
    }

    private static UUID id(String typed, String field, String message, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            errors.put(field, message);
            return null;
        }
    }
}
