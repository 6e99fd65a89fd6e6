package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** An administrator changes a standard version's gateway checklist: one row per item, and one to add. */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/gateway-items")
class GatewayItemsController {

    private final StandardQueries queries;
    private final StandardEditor editor;

    GatewayItemsController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record ItemRow(String kind, String description, String source, Boolean remove) {

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
    }

    public record GatewayItemsForm(String lockVersion, List<ItemRow> items) {

        static GatewayItemsForm of(Map<String, String> posted) {
            return new GatewayItemsForm(posted.get("lockVersion"),
                    FormRows.read(posted, "items").stream().map(ItemRow::of).toList());
        }

        public List<ItemRow> rows() {
            return items == null ? List.of() : items;
        }
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        List<ItemRow> rows = new ArrayList<>(view.details().gatewayItems().stream().map(ItemRow::of).toList());
        rows.add(new ItemRow("", "", "", false));
        return page(model, view, new GatewayItemsForm(String.valueOf(view.lockVersion()), rows), new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        GatewayItemsForm form = GatewayItemsForm.of(posted);
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        List<GatewayItem> items = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            ItemRow row = form.rows().get(i);
            if (!row.removed() && !row.isBlank()) {
                item(errors, i, row).ifPresent(items::add);
            }
        }
        if (errors.isEmpty()) {
            try {
                editor.changeGatewayItems(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()), items);
                return EditedSection.GATEWAY.redirectTo(view.details().referenceNumber(), view.details().version());
            } catch (OptimisticLockingFailureException e) {
                errors.add("items[0].kind", StandardEdits.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        return page(model, view, form, errors);
    }

    private static Optional<GatewayItem> item(FormErrors errors, int i, ItemRow row) {
        String field = "items[" + i + "].";
        Optional<GatewayItemKind> kind = Arrays.stream(GatewayItemKind.values())
                .filter(k -> k.name().equals(row.kind())).findFirst();
        if (kind.isEmpty()) {
            errors.add(field + "kind", "Choose the kind of item " + (i + 1));
        }
        String description = errors.text(field + "description", row.description(), 500, "The requirement of item " + (i + 1));
        if (description == null && !errors.has(field + "description")) {
            errors.add(field + "description", "Enter the requirement of item " + (i + 1) + ", or tick remove");
        }
        String source = errors.text(field + "source", row.source(), 2000, "The source of item " + (i + 1));
        if (kind.isEmpty() || description == null) {
            return Optional.empty();
        }
        return Optional.of(new GatewayItem(kind.get(), description, Optional.ofNullable(source)));
    }

    private static String page(Model model, StandardView view, GatewayItemsForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("kinds", GatewayItemKind.values());
        model.addAttribute("errors", errors.byField());
        return "catalogue/edit-gateway-items";
    }
}
