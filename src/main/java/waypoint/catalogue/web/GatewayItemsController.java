package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GatewayItemKind;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.OneOf;

/** An administrator changes a standard version's gateway checklist: one row per item, and one to add. */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/gateway-items")
class GatewayItemsController {

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    GatewayItemsController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** An item as typed; a row left blank or ticked to remove is not checked. */
    public record ItemRow(
            @NotBlank(message = KIND) @OneOf(value = GatewayItemKind.class, message = KIND) String kind,
            @NotBlank(message = "Enter the requirement of item {row}, or tick remove")
            @Size(max = 500, message = "The requirement of item {row} must be 500 characters or fewer")
            String description,
            @Size(max = 2000, message = "The source of item {row} must be 2000 characters or fewer") String source,
            Boolean remove) {

        private static final String KIND = "Choose the kind of item {row}";

        static ItemRow of(GatewayItem item) {
            return new ItemRow(item.kind().name(), item.description(), item.source().orElse(""), false);
        }

        static ItemRow of(Map<String, String> posted) {
            return new ItemRow(posted.get("kind"), posted.get("description"), posted.get("source"),
                    FormRows.ticked(posted.get("remove")));
        }

        public boolean removed() {
            return Boolean.TRUE.equals(remove);
        }

        public boolean isBlank() {
            return (kind == null || kind.isBlank()) && (description == null || description.isBlank())
                    && (source == null || source.isBlank());
        }

        boolean kept() {
            return !removed() && !isBlank();
        }

        /** The item, once the row is checked. */
        GatewayItem item() {
            return new GatewayItem(OneOf.Choices.named(GatewayItemKind.class, kind), description.strip(),
                    Optional.ofNullable(source).map(String::strip).filter(text -> !text.isEmpty()));
        }
    }

    public record GatewayItemsForm(String lockVersion, List<@Valid ItemRow> items) {

        static GatewayItemsForm of(Map<String, String> posted) {
            return new GatewayItemsForm(posted.get("lockVersion"),
                    FormRows.read(posted, "items").stream().map(ItemRow::of).toList());
        }

        public List<ItemRow> rows() {
            return items == null ? List.of() : items;
        }

        /** The form to check: only the rows kept, each where it is on the page. */
        GatewayItemsForm toCheck() {
            return new GatewayItemsForm(lockVersion, rows().stream().map(row -> row.kept() ? row : null).toList());
        }
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        List<ItemRow> rows = new ArrayList<>(view.details().gatewayItems().stream().map(ItemRow::of).toList());
        rows.add(new ItemRow("", "", "", false));
        return page(model, view, new GatewayItemsForm(String.valueOf(view.lockVersion()), rows), Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        GatewayItemsForm form = GatewayItemsForm.of(posted);
        StandardView view = queries.viewForChange(user, reference, version);
        Map<String, String> errors = FormRows.problems(validator, form.toCheck());
        if (errors.isEmpty()) {
            try {
                editor.changeGatewayItems(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()),
                        form.rows().stream().filter(ItemRow::kept).map(ItemRow::item).toList());
                return EditedSection.GATEWAY.redirectTo(view.details().referenceNumber(), view.details().version());
            } catch (OptimisticLockingFailureException e) {
                errors = Map.of("items[0].kind", StandardEdits.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        return page(model, view, form, errors);
    }

    private static String page(Model model, StandardView view, GatewayItemsForm form,
            Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("kinds", GatewayItemKind.values());
        model.addAttribute("errors", errors);
        return "catalogue/edit-gateway-items";
    }
}
