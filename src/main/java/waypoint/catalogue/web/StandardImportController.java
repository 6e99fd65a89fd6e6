package waypoint.catalogue.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.catalogue.internal.CataloguePolicy;
import waypoint.catalogue.internal.ImportProblem;
import waypoint.catalogue.internal.ImportReport;
import waypoint.catalogue.internal.ImportRunStore;
import waypoint.catalogue.internal.StandardFileRejectedException;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardsFetch;
import waypoint.identity.CurrentUser;

/**
 * An administrator uploads a standards file, to check what it would change (nothing saved) or to import it; nothing
 * is stored unless the whole file is good. The page also shows the fetch from the standards API, when an address is
 * configured, and what each upload and fetch changed (docs/domain/standards-data.md).
 */
@Controller
class StandardImportController {

    static final int RUNS_SHOWN = 20;

    private final StandardImporter importer;
    private final StandardsFetch fetch;
    private final ImportRunStore runs;
    private final CataloguePolicy policy;

    StandardImportController(StandardImporter importer, StandardsFetch fetch, ImportRunStore runs,
            CataloguePolicy policy) {
        this.importer = importer;
        this.fetch = fetch;
        this.runs = runs;
        this.policy = policy;
    }

    @GetMapping("/standards/import")
    String form(CurrentUser user, Model model) {
        policy.requireChange(user);
        return page(model);
    }

    @PostMapping("/standards/import")
    String upload(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect)
            throws IOException {
        policy.requireChange(user);
        if (file == null || file.isEmpty()) {
            return refused(model, List.of(new ImportProblem("file", "Select a JSON file of standards to import")));
        }
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            if ("check".equals(action)) {
                model.addAttribute("report", importer.checkFile(user, content));
                model.addAttribute("fileName", file.getOriginalFilename());
                return page(model);
            }
            ImportReport report = importer.importFile(user, content);
            redirect.addFlashAttribute("report", report);
            return "redirect:/standards/import";
        } catch (StandardFileRejectedException rejected) {
            model.addAttribute("fileName", file.getOriginalFilename());
            return refused(model, rejected.problems());
        }
    }

    @PostMapping("/standards/import/fetch")
    String fetchNow(CurrentUser user, RedirectAttributes redirect) {
        policy.requireChange(user);
        if (fetch.address().isEmpty()) {
            redirect.addFlashAttribute("fetchProblem",
                    "No address of the standards API is configured, so nothing was fetched");
            return "redirect:/standards/import#fetch";
        }
        redirect.addFlashAttribute("fetched", fetch.fetchNow(user));
        return "redirect:/standards/import#runs";
    }

    private String refused(Model model, List<ImportProblem> problems) {
        model.addAttribute("problems", problems);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("fetchAddress", fetch.address().map(Object::toString).orElse(null));
        model.addAttribute("runs", runs.recent(RUNS_SHOWN));
        return "catalogue/import";
    }
}
