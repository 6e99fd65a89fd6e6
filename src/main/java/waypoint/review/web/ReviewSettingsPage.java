package waypoint.review.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.review.internal.ReviewSettings;
import waypoint.review.internal.ReviewTemplate;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Administrators adjust the review record's sections (heading and hint; an emptied heading removes a section, a
 * blank row adds one) and after how many days missing signatures are chased. New drafts use the template; signed
 * versions keep the headings they were signed with.
 */
@Controller
class ReviewSettingsPage {

    private static final int BLANK_ROWS = 3;

    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    ReviewSettingsPage(ReviewSettings settings, ApplicationEventPublisher events, Validator validator) {
        this.settings = settings;
        this.events = events;
        this.validator = validator;
    }

    /**
     * One row of the form, as typed, and the section it is (such as "sections[2]", as the checks name it and the page
     * names its inputs), or "" for a row left empty.
     */
    record Row(String key, String heading, String hint, String section) {

        /** The same row as the section numbered {@code index} (from 0). */
        Row as(int index) {
            return new Row(key, heading, hint, "sections[" + index + "]");
        }
    }

    @GetMapping("/reviews/settings")
    String show(CurrentUser user, Model model) {
        requireAdministrator(user);
        ReviewSettings.Settings current = settings.current();
        List<Row> rows = new ArrayList<>();
        List<ReviewTemplate.Section> sections = current.template().sections();
        for (int i = 0; i < sections.size(); i++) {
            rows.add(new Row(sections.get(i).key(), sections.get(i).heading(), sections.get(i).hint(), "").as(i));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row("", "", "", ""));
        }
        return page(model, String.valueOf(current.chaseAfterDays()), rows, Map.of());
    }

    @PostMapping("/reviews/settings")
    String change(CurrentUser user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        String days = request.getParameter("chaseAfterDays");
        List<Row> typed = typedRows(request);
        List<ReviewTemplate.Section> sections = new ArrayList<>();
        Set<String> used = new HashSet<>(typed.stream().map(Row::key).filter(k -> k != null && !k.isBlank()).toList());
        for (int i = 0; i < typed.size(); i++) {
            Row row = typed.get(i);
            if (row.heading() == null || row.heading().isBlank()) {
                continue;
            }
            String key = row.key() == null || row.key().isBlank() ? newKey(used) : row.key();
            typed.set(i, row.as(sections.size()));
            sections.add(new ReviewTemplate.Section(key, row.heading().strip(),
                    row.hint() == null ? "" : row.hint().strip()));
        }
        Integer chaseAfterDays = parse(days);
        try {
            FormChecks.require(validator, new ReviewSettings.Proposed(chaseAfterDays, sections));
            ReviewSettings.requireDistinctKeys(sections);
        } catch (FieldValidationException invalid) {
            // what was typed comes back as it was, blank rows included, each problem on the section's row
            return page(model, days, typed, invalid.errors());
        }
        settings.change(chaseAfterDays, new ReviewTemplate(sections));
        events.publishEvent(RecordChanged.updated("review settings", new UUID(0, 1), "",
                chaseAfterDays + " days; " + sections.size() + " sections"));
        redirect.addFlashAttribute("saved", "Review settings saved");
        return "redirect:/reviews/settings";
    }

    private String page(Model model, String days, List<Row> rows, Map<String, String> errors) {
        model.addAttribute("chaseAfterDays", days);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        return "review/settings";
    }

    /** Read as parallel lists of repeated fields, never split on commas (a heading may contain one). */
    private static List<Row> typedRows(HttpServletRequest request) {
        String[] keys = values(request, "key");
        String[] headings = values(request, "heading");
        String[] hints = values(request, "hint");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < headings.length; i++) {
            rows.add(new Row(i < keys.length ? keys[i] : "", headings[i], i < hints.length ? hints[i] : "", ""));
        }
        return rows;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String newKey(Set<String> used) {
        int n = 1;
        while (used.contains("section" + n)) {
            n++;
        }
        used.add("section" + n);
        return "section" + n;
    }

    private static Integer parse(String days) {
        try {
            return days == null ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the review settings");
        }
    }
}
