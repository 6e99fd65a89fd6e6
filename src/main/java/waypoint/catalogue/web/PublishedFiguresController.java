package waypoint.catalogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.internal.Figure;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.catalogue.internal.StandardVersion;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.DateText;

/**
 * An administrator records a standard version's published figures (the funding band maximum, the typical duration,
 * the status and its dates), and settles the differences an import found against figures they recorded
 * (docs/domain/standards-data.md). Left empty, a figure is not recorded: unknown, never zero.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}")
class PublishedFiguresController {

    /** The statuses Skills England gives a standard version. */
    static final List<String> STATUSES = List.of("Approved for delivery", "Retired", "Withdrawn");

    private final StandardQueries queries;
    private final StandardEditor editor;

    PublishedFiguresController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record FiguresForm(String lockVersion, String maxFunding, String typicalDuration, String status,
            String approvedForDelivery, String retiredOn) {
    }

    @GetMapping("/figures")
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        StandardDetails s = view.details();
        return page(model, view, new FiguresForm(String.valueOf(view.lockVersion()),
                s.fundingBandMaximum().map(m -> m.stripTrailingZeros().toPlainString()).orElse(""),
                s.typicalDurationMonths().map(String::valueOf).orElse(""), s.status().orElse(""),
                s.approvedForDelivery().map(DateText::typed).orElse(""), s.retiredOn().map(DateText::typed).orElse("")),
                new FormErrors());
    }

    @PostMapping("/figures")
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        FiguresForm form = new FiguresForm(posted.get("lockVersion"), posted.get("maxFunding"),
                posted.get("typicalDuration"), posted.get("status"), posted.get("approvedForDelivery"),
                posted.get("retiredOn"));
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        BigDecimal maximum = pounds(errors, form.maxFunding());
        Integer duration = errors.whole("typicalDuration", form.typicalDuration(), 1,
                StandardVersion.MOST_TYPICAL_DURATION_MONTHS, "The typical duration");
        String status = form.status() == null || form.status().isBlank() ? null : form.status().strip();
        if (status != null && !statuses(view).contains(status)) {
            errors.add("status", "Choose the status Skills England gives the version, or leave it not recorded");
        }
        LocalDate approved = date(errors, "approvedForDelivery", form.approvedForDelivery(),
                "The day it was approved for delivery");
        LocalDate retired = date(errors, "retiredOn", form.retiredOn(), "The first day with no new starts");
        if (errors.isEmpty()) {
            Optional<String> saved = errors.saved("maxFunding", () -> {
                editor.recordPublishedFigures(user, view.details().referenceNumber(), view.details().version(),
                        FormErrors.lockVersion(form.lockVersion()), maximum, duration, status, approved, retired);
                return EditedSection.FIGURES.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, errors);
    }

    @PostMapping("/differences/{figure}/accept")
    String accept(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @PathVariable String figure) {
        StandardView view = queries.viewForChange(user, reference, version);
        editor.acceptFileFigure(user, view.details().referenceNumber(), view.details().version(), figure(figure));
        return EditedSection.FIGURES.redirectTo(view.details().referenceNumber(), view.details().version());
    }

    @PostMapping("/differences/{figure}/keep")
    String keep(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @PathVariable String figure) {
        StandardView view = queries.viewForChange(user, reference, version);
        editor.keepRecordedFigure(user, view.details().referenceNumber(), view.details().version(), figure(figure));
        return EditedSection.FIGURES.redirectTo(view.details().referenceNumber(), view.details().version());
    }

    /** The statuses to choose from, with the version's own if a file gave another, so saving it unchanged works. */
    private static List<String> statuses(StandardView view) {
        return view.details().status().filter(s -> !STATUSES.contains(s))
                .map(s -> java.util.stream.Stream.concat(STATUSES.stream(), java.util.stream.Stream.of(s)).toList())
                .orElse(STATUSES);
    }

    static Figure figure(String name) {
        return Figure.named(name).orElseThrow(() -> new NotFoundException("Figure " + name));
    }

    /** Pounds as typed: “9000”, “9,000”, “£9,000.50”; empty is not recorded. */
    static BigDecimal pounds(FormErrors errors, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace(",", "").replace("£", "");
        if (!text.matches("\\d{1,8}(\\.\\d{1,2})?")) {
            errors.add("maxFunding", "The funding band maximum must be an amount in pounds, like 9000");
            return null;
        }
        return new BigDecimal(text);
    }

    private static LocalDate date(FormErrors errors, String field, String typed, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return DateText.parse(typed).orElseGet(() -> {
            errors.add(field, what + " must be a real date, like 27 3 2026");
            return null;
        });
    }

    private static String page(Model model, StandardView view, FiguresForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", statuses(view));
        return "catalogue/edit-figures";
    }
}
