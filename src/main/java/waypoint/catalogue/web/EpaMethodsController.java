package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

/** An administrator changes a standard version's end-point assessment methods: one row per method, and one to add. */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/epa-methods")
class EpaMethodsController {

    private final StandardQueries queries;
    private final StandardEditor editor;

    EpaMethodsController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record MethodRow(String name, String durationMinutes, String minimumQuestions, String grades, String assessedKsbs,
            String details, String source, Boolean remove) {

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
    }

    public record EpaMethodsForm(String lockVersion, List<MethodRow> methods) {

        static EpaMethodsForm of(Map<String, String> posted) {
            return new EpaMethodsForm(posted.get("lockVersion"),
                    FormRows.read(posted, "methods").stream().map(MethodRow::of).toList());
        }

        public List<MethodRow> rows() {
            return methods == null ? List.of() : methods;
        }
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        List<MethodRow> rows = new ArrayList<>(view.details().epaMethods().stream().map(MethodRow::of).toList());
        rows.add(MethodRow.blank());
        return page(model, view, new EpaMethodsForm(String.valueOf(view.lockVersion()), rows), new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        EpaMethodsForm form = EpaMethodsForm.of(posted);
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        List<EpaMethod> methods = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            MethodRow row = form.rows().get(i);
            if (row.removed() || row.isBlank()) {
                continue;
            }
            kept.add(i);
            methods.add(method(errors, i, row));
        }
        if (errors.isEmpty()) {
            try {
                editor.changeEpaMethods(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()), methods);
                return EditedSection.EPA_METHODS.redirectTo(view.details().referenceNumber(), view.details().version());
            } catch (CatalogueRuleException e) {
                // the rule names the method by its position among those kept; the form by its row
                e.errors().forEach((field, message) -> errors.add(rowField(field, kept), message));
            } catch (OptimisticLockingFailureException e) {
                errors.add("methods[0].name", StandardEdits.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        return page(model, view, form, errors);
    }

    private static EpaMethod method(FormErrors errors, int i, MethodRow row) {
        String field = "methods[" + i + "].";
        String what = "Method " + (i + 1);
        String name = errors.text(field + "name", row.name(), 200, "The name of method " + (i + 1));
        if (name == null && !errors.has(field + "name")) {
            errors.add(field + "name", "Enter the name of method " + (i + 1) + ", or tick remove");
        }
        Integer duration = errors.whole(field + "durationMinutes", row.durationMinutes(), 1, 1440,
                what + "'s duration in minutes");
        Integer questions = errors.whole(field + "minimumQuestions", row.minimumQuestions(), 0, 200,
                what + "'s fewest questions");
        List<String> grades = GradeLists.grades(errors, field + "grades", row.grades(), what + "'s grades");
        List<String> ksbs = GradeLists.ksbCodes(errors, field + "assessedKsbs", row.assessedKsbs());
        String details = errors.text(field + "details", row.details(), 5000, what + "'s details");
        String source = errors.text(field + "source", row.source(), 2000, what + "'s source");
        return new EpaMethod(name == null ? "" : name, Optional.ofNullable(duration), Optional.ofNullable(questions),
                grades, ksbs, Optional.ofNullable(details), Optional.ofNullable(source));
    }

    private static String rowField(String field, List<Integer> kept) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("methods\\[(\\d+)](.*)").matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < kept.size()) {
            return "methods[" + kept.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
        }
        return field;
    }

    private static String page(Model model, StandardView view, EpaMethodsForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField());
        return "catalogue/edit-epa-methods";
    }
}
