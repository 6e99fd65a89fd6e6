package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.internal.CatalogueRuleException;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;

/** An administrator changes a standard version's end-point assessment methods: one row per method, and one to add. */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/epa-methods")
class EpaMethodsController {

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    EpaMethodsController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** A method as typed; a row left blank or ticked to remove is not checked. */
    public record MethodRow(
            @NotBlank(message = "Enter the name of method {row}, or tick remove")
            @Size(max = 200, message = "The name of method {row} must be 200 characters or fewer") String name,
            @WholeNumber(what = "Method {row}'s duration in minutes", min = 1, max = 1440) String durationMinutes,
            @WholeNumber(what = "Method {row}'s fewest questions", min = 0, max = 200) String minimumQuestions,
            @GradeLists.Grades(what = "Method {row}'s grades") String grades,
            @GradeLists.KsbCodes String assessedKsbs,
            @Size(max = 5000, message = "Method {row}'s details must be 5000 characters or fewer") String details,
            @Size(max = 2000, message = "Method {row}'s source must be 2000 characters or fewer") String source,
            Boolean remove) {

        static MethodRow of(Map<String, String> posted) {
            return new MethodRow(posted.get("name"), posted.get("durationMinutes"), posted.get("minimumQuestions"),
                    posted.get("grades"), posted.get("assessedKsbs"), posted.get("details"), posted.get("source"),
                    FormRows.ticked(posted.get("remove")));
        }

        public boolean removed() {
            return Boolean.TRUE.equals(remove);
        }

        static MethodRow of(EpaMethod m) {
            return new MethodRow(m.name(), m.durationMinutes().map(String::valueOf).orElse(""),
                    m.minimumQuestions().map(String::valueOf).orElse(""), String.join(", ", m.grades()),
                    String.join(", ", m.assessedKsbCodes()), m.details().orElse(""), m.source().orElse(""), false);
        }

        static MethodRow blank() {
            return new MethodRow("", "", "", "", "", "", "", false);
        }

        public boolean isBlank() {
            return Stream.of(name, durationMinutes, minimumQuestions, grades, assessedKsbs, details, source)
                    .allMatch(value -> value == null || value.isBlank());
        }

        boolean kept() {
            return !removed() && !isBlank();
        }

        /** The method, once the row is checked. */
        EpaMethod method() {
            return new EpaMethod(name.strip(), TypedValues.wholeNumber(durationMinutes),
                    TypedValues.wholeNumber(minimumQuestions), GradeLists.grades(grades),
                    GradeLists.ksbCodes(assessedKsbs), optional(details), optional(source));
        }

        private static Optional<String> optional(String text) {
            return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
        }
    }

    public record EpaMethodsForm(String lockVersion, List<@Valid MethodRow> methods) {

        static EpaMethodsForm of(Map<String, String> posted) {
            return new EpaMethodsForm(posted.get("lockVersion"),
                    FormRows.read(posted, "methods").stream().map(MethodRow::of).toList());
        }

        public List<MethodRow> rows() {
            return methods == null ? List.of() : methods;
        }

        /** The form to check: only the rows kept, each where it is on the page. */
        EpaMethodsForm toCheck() {
            return new EpaMethodsForm(lockVersion, rows().stream().map(row -> row.kept() ? row : null).toList());
        }
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        List<MethodRow> rows = new ArrayList<>(view.details().epaMethods().stream().map(MethodRow::of).toList());
        rows.add(MethodRow.blank());
        return page(model, view, new EpaMethodsForm(String.valueOf(view.lockVersion()), rows), Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        EpaMethodsForm form = EpaMethodsForm.of(posted);
        StandardView view = queries.viewForChange(user, reference, version);
        Map<String, String> errors = FormRows.problems(validator, form.toCheck());
        if (errors.isEmpty()) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < form.rows().size(); i++) {
                if (form.rows().get(i).kept()) {
                    kept.add(i);
                }
            }
            try {
                editor.changeEpaMethods(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()),
                        kept.stream().map(i -> form.rows().get(i).method()).toList());
                return EditedSection.EPA_METHODS.redirectTo(view.details().referenceNumber(), view.details().version());
            } catch (CatalogueRuleException e) {
                // the rule names the method by its position among those kept; the form by its row
                errors = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, String> problem : e.errors().entrySet()) {
                    errors.putIfAbsent(rowField(problem.getKey(), kept), problem.getValue());
                }
            } catch (OptimisticLockingFailureException e) {
                errors = Map.of("methods[0].name", StandardEdits.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        return page(model, view, form, errors);
    }

    private static String rowField(String field, List<Integer> kept) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("methods\\[(\\d+)](.*)").matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < kept.size()) {
            return "methods[" + kept.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
        }
        return field;
    }

    private static String page(Model model, StandardView view, EpaMethodsForm form,
            Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-epa-methods";
    }
}
