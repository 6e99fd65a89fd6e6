package waypoint.reporting.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import waypoint.reporting.internal.caseload.CaseloadBoard;

/**
 * The caseload board's rows as the page prints them (docs/performance.md, "The caseload board at 50 users"): each
 * row's signal cells (about nine, each a tag, its words and perhaps a link) are written here once, every word and
 * link escaped, instead of by the template engine cell by cell: at 60 rows that was some 4,000 expressions a view, the
 * larger part of the board's processor time. The markup is the same as the template's was; the table, its headers
 * and the apprentice's own cell stay in the template.
 */
record CaseloadRows(CaseloadBoard.Row row, String cells) {

    static List<CaseloadRows> of(List<CaseloadBoard.Row> rows) {
        List<CaseloadRows> printed = new ArrayList<>(rows.size());
        StringBuilder html = new StringBuilder(4096);
        for (CaseloadBoard.Row r : rows) {
            html.setLength(0);
            for (CaseloadBoard.Signal s : r.signals()) {
                cell(html, s);
            }
            printed.add(new CaseloadRows(r, html.toString()));
        }
        return printed;
    }

    private static void cell(StringBuilder html, CaseloadBoard.Signal s) {
        html.append("<td class=\"govuk-table__cell\"><strong class=\"").append(s.tagClass()).append("\">")
                .append(s.tag()).append("</strong>");
        if (s.href() == null) {
            html.append("<span class=\"govuk-!-display-block govuk-!-font-size-14\">")
                    .append(HtmlUtils.htmlEscape(s.words())).append("</span>");
        } else {
            html.append("<a class=\"govuk-link govuk-!-display-block govuk-!-font-size-14\" href=\"")
                    .append(HtmlUtils.htmlEscape(s.href())).append("\">").append(HtmlUtils.htmlEscape(s.words()))
                    .append("</a>");
        }
        html.append("</td>");
    }
}
