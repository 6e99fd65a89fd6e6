package waypoint.catalogue.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.internal.Figure;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.catalogue.internal.StandardVersion;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.money.Money;

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
    private final Validator validator;

    PublishedFiguresController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /**
     * The figures as typed, each optional; the status is one the version may have (its own, if a file gave another),
     * checked against the version when it is saved.
     */
    public record FiguresForm(String lockVersion,
            @TypedNumber(pounds = true, message = "The funding band maximum must be an amount in pounds, like 9000")
            String maxFunding,
            @WholeNumber(what = "The typical duration", min = 1, max = StandardVersion.MOST_TYPICAL_DURATION_MONTHS)
            String typicalDuration,
            String status,
            @TypedDate(message = "The day it was approved for delivery must be a real date, like 27 3 2026")
            String approvedForDelivery,
            @TypedDate(message = "The first day with no new starts must be a real date, like 27 3 2026")
            String retiredOn) {

        /** The status chosen; none is not recorded. */
        String chosenStatus() {
            return status == null || status.isBlank() ? null : status.strip();
        }
    }

    @GetMapping("/figures")
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        StandardDetails s = view.details();
        return page(model, view, new FiguresForm(String.valueOf(view.lockVersion()),
                s.fundingBandMaximum().map(m -> m.pounds().stripTrailingZeros().toPlainString()).orElse(""),
                s.typicalDurationMonths().map(String::valueOf).orElse(""), s.status().orElse(""),
                s.approvedForDelivery().map(DateText::typed).orElse(""), s.retiredOn().map(DateText::typed).orElse("")),
                Map.of());
    }

    @PostMapping("/figures")
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @ModelAttribute("form") FiguresForm form, BindingResult result, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        if (FormChecks.check(validator, result)) {
            Optional<String> saved = StandardEdits.saved(result, "maxFunding", () -> {
                String status = form.chosenStatus();
                if (status != null && !statuses(view).contains(status)) {
                    throw new FieldValidationException("status",
                            "Choose the status Skills England gives the version, or leave it not recorded");
                }
                editor.recordPublishedFigures(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()),
                        TypedValues.pounds(form.maxFunding()).map(Money::rounded).orElse(null),
                        TypedValues.wholeNumber(form.typicalDuration()).orElse(null), status,
                        TypedValues.date(form.approvedForDelivery()).orElse(null),
                        TypedValues.date(form.retiredOn()).orElse(null));
                return EditedSection.FIGURES.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, FormErrors.messages(result));
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

    private static String page(Model model, StandardView view, FiguresForm form, Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", statuses(view));
        return "catalogue/edit-figures";
    }
}
