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
import waypoint.catalogue.internal.StandardFileRejectedException;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.identity.CurrentUser;

/** An administrator uploads a standards file; nothing is stored unless the whole file is good. */
@Controller
class StandardImportController {

    private final StandardImporter importer;
    private final CataloguePolicy policy;

    StandardImportController(StandardImporter importer, CataloguePolicy policy) {
        this.importer = importer;
        this.policy = policy;
    }

    @GetMapping("/standards/import")
    String form(CurrentUser user) {
        policy.requireChange(user);
        return "catalogue/import";
    }

    @PostMapping("/standards/import")
    String upload(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        policy.requireChange(user);
        if (file == null || file.isEmpty()) {
            return refused(model, List.of(new ImportProblem("file", "Select a JSON file of standards to import")));
        }
        try {
            ImportReport report = importer.importFile(user, new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("report", report);
            return "redirect:/standards/import";
        } catch (StandardFileRejectedException rejected) {
            model.addAttribute("fileName", file.getOriginalFilename());
            return refused(model, rejected.problems());
        }
    }

    private static String refused(Model model, List<ImportProblem> problems) {
        model.addAttribute("problems", problems);
        return "catalogue/import";
    }
}
