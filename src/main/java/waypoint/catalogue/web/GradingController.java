package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.catalogue.GradingRow;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.internal.GradingTableIncompleteException;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;

/**
 * An administrator sets the grading table: one select per combination of the components' grades. A table that does
 * not cover every combination is refused, with each missing combination listed.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/grading")
class GradingController {

    /**
     * Offered when a standard has no overall grades yet: the learner handbook's “Pass, Merit, Distinction” (“End
     * Point Assessment”), and Fail below them.
     */
    static final List<String> USUAL_OVERALL_GRADES = List.of("Fail", "Pass", "Merit", "Distinction");

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    GradingController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** The table as chosen; whether it covers every combination is the table's own rule, checked when saved. */
    public record GradingForm(String lockVersion,
            @GradeLists.Grades(what = "The overall grades") String overallGrades,
            @Size(max = 5000, message = "The note must be 5000 characters or fewer") String note,
            Boolean verified,
            List<String> overall) {

        public boolean isVerified() {
            return Boolean.TRUE.equals(verified);
        }

        public String overallAt(int index) {
            return overall != null && index < overall.size() && overall.get(index) != null ? overall.get(index) : "";
        }
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        GradingScheme scheme = view.details().grading();
        List<String> overall = scheme.combinations().stream().map(c -> scheme.overallGradeFor(c).orElse("")).toList();
        List<String> choices = scheme.overallGrades().isEmpty() ? USUAL_OVERALL_GRADES : scheme.overallGrades();
        GradingForm form = new GradingForm(String.valueOf(view.lockVersion()), String.join(", ", choices),
                scheme.note().orElse(""), scheme.verified(), overall);
        return page(model, view, form, choices, Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        GradingScheme scheme = view.details().grading();
        // one select per combination of the table as it is now; other posted indexes are ignored
        List<String> selected = java.util.stream.IntStream.range(0, scheme.combinations().size())
                .mapToObj(i -> FormRows.indexed(posted, "overall", i)).toList();
        GradingForm form = new GradingForm(posted.get("lockVersion"), posted.get("overallGrades"), posted.get("note"),
                FormRows.ticked(posted.get("verified")), selected);
        Map<String, String> errors = FormRows.problems(validator, form);
        List<String> overallGrades = errors.containsKey("overallGrades") ? List.of()
                : GradeLists.grades(form.overallGrades());
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        List<List<String>> combinations = scheme.combinations();
        List<GradingRow> rows = new ArrayList<>();
        for (int i = 0; i < combinations.size(); i++) {
            if (!form.overallAt(i).isBlank()) {
                rows.add(new GradingRow(combinations.get(i), form.overallAt(i).strip()));
            }
        }
        if (errors.isEmpty()) {
            try {
                editor.changeGrading(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()), overallGrades, rows, note, form.isVerified());
                return EditedSection.GRADING.redirectTo(view.details().referenceNumber(), view.details().version());
            } catch (GradingTableIncompleteException e) {
                Map<String, String> missing = new java.util.LinkedHashMap<>();
                e.problems().forEach(problem -> missing.putIfAbsent(fieldOf(problem, scheme, combinations), problem));
                errors = missing;
            } catch (OptimisticLockingFailureException e) {
                errors = Map.of("overallGrades", StandardEdits.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        List<String> choices = !overallGrades.isEmpty() ? overallGrades
                : scheme.overallGrades().isEmpty() ? USUAL_OVERALL_GRADES : scheme.overallGrades();
        return page(model, view, form, choices, errors);
    }

    /** The select a problem is about: the combination it names; otherwise the overall grades. */
    private static String fieldOf(String problem, GradingScheme scheme, List<List<String>> combinations) {
        for (int i = 0; i < combinations.size(); i++) {
            if (problem.endsWith(scheme.describe(combinations.get(i)))) {
                return "overall[" + i + "]";
            }
        }
        return "overallGrades";
    }

    private static String page(Model model, StandardView view, GradingForm form, List<String> choices,
            Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("scheme", view.details().grading());
        model.addAttribute("form", form);
        model.addAttribute("choices", choices);
        model.addAttribute("errors", errors);
        return "catalogue/edit-grading";
    }
}
