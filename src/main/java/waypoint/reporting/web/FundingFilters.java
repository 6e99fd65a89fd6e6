package waypoint.reporting.web;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import waypoint.reporting.internal.funding.FundingForecast;
import waypoint.shared.web.PageOf;

/**
 * The forecast's filters as typed in the page's address or the API's (each may be left out), and, in the API, which
 * page of apprentice lines and how many to a page.
 */
record FundingFilters(
        @Pattern(regexp = BLANK_OR + "\\+?0*(201[7-9]|20[2-9]\\d|2100)" + SPACE, message = FundingFilters.YEAR)
        String year,
        @Pattern(regexp = BLANK_OR + "(?i:ST)\\d{4}" + SPACE, message = "Enter a standard's reference, like ST0116, or"
                + " leave it empty") String standard,
        @Pattern(regexp = BLANK_OR + FundingFilters.ID + SPACE, message = "Enter the employer's id as it is shown on"
                + " the employer's page, or leave it empty") String employer,
        @Pattern(regexp = BLANK_OR + FundingFilters.ID + SPACE, message = "Enter the tutor's staff id as it is shown"
                + " on their staff page, or leave it empty") String tutor,
        @Pattern(regexp = BLANK_OR + "\\+?\\d{1,7}" + SPACE, message = "Enter the page as a whole number from 0")
        String page,
        @Pattern(regexp = BLANK_OR + "\\+?0*([1-9]\\d?|100)" + SPACE, message = "Enter the page size as a whole number"
                + " from 1 to " + FundingFilters.MOST_LINES) String size) {

    private static final String BLANK_OR = "\\s*|\\s*";
    private static final String SPACE = "\\s*";
    static final String YEAR = "Enter the year the funding year starts in, like 2026 for August 2026 to July 2027";
    static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** The most apprentice lines a page of the API gives. */
    static final int MOST_LINES = 100;

    /** The page's filters: its page number is its own. */
    static FundingFilters of(String year, String standard, String employer, String tutor) {
        return new FundingFilters(year, standard, employer, tutor, null, null);
    }

    /** The year the funding year starts in (August), once checked; null for the current one. */
    Integer startingYear() {
        return blank(year) ? null : Integer.valueOf(year.strip());
    }

    /** The standard, employer and tutor the forecast is narrowed to, once checked. */
    FundingForecast.Filter filter() {
        return new FundingForecast.Filter(blank(standard) ? null : standard.strip(), id(employer), id(tutor));
    }

    /** The API's page of apprentice lines, from 0, once checked. */
    int pageNumber() {
        return blank(page) ? 0 : Integer.parseInt(page.strip());
    }

    /** How many apprentice lines to a page of the API, once checked. */
    int pageSize() {
        return blank(size) ? PageOf.DEFAULT_SIZE : Integer.parseInt(size.strip());
    }

    private static UUID id(String typed) {
        return blank(typed) ? null : UUID.fromString(typed.strip());
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
