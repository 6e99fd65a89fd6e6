package waypoint.enrolment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipFileImport;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipFileImport.Outcome;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.CsvDownload;

/**
 * Importing learners with their apprenticeships from a CSV file: download the template, upload a file to check it
 * (every row's problems are listed and nothing is imported), then import it. The checked file's text goes back
 * with the import button, so it need not be chosen again; it is checked again in full before anything is kept.
 */
@Controller
@RequestMapping("/apprenticeships/import")
class ApprenticeshipImportController {

    /** A thousand rows of this template fit well inside this. */
    private static final long MOST_BYTES = 1_000_000;

    private final ApprenticeshipFileImport files;
    private final ApprenticeshipService service;

    ApprenticeshipImportController(ApprenticeshipFileImport files, ApprenticeshipService service) {
        this.files = files;
        this.service = service;
    }

    @GetMapping
    String page(CurrentUser user, Model model) {
        requireImport(user);
        model.addAttribute("columns", ApprenticeshipFileImport.COLUMNS);
        return "enrolment/import";
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template(CurrentUser user) {
        requireImport(user);
        return CsvDownload.of("apprenticeships-template.csv", files.template().getBytes(StandardCharsets.UTF_8));
    }

    /** Checks an uploaded file: the problems, or the go-ahead to import it. */
    @PostMapping
    String check(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        requireImport(user);
        model.addAttribute("columns", ApprenticeshipFileImport.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV file");
            return "enrolment/import";
        }
        if (file.getSize() > MOST_BYTES) {
            model.addAttribute("fileError", "The file must be smaller than 1 MB: split it");
            return "enrolment/import";
        }
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        Outcome outcome = files.check(user, csv);
        model.addAttribute("outcome", outcome);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (outcome.isValid()) {
            model.addAttribute("csv", csv);
        }
        return "enrolment/import";
    }

    @PostMapping("/confirm")
    String importAll(CurrentUser user, @RequestParam(required = false) String csv, Model model) {
        requireImport(user);
        model.addAttribute("columns", ApprenticeshipFileImport.COLUMNS);
        Outcome outcome = files.importAll(user, csv == null ? "" : csv);
        model.addAttribute("outcome", outcome);
        return "enrolment/import";
    }

    private void requireImport(CurrentUser user) {
        if (!service.mayImport(user)) {
            throw new AccessDeniedException("Importing apprenticeships is for managers");
        }
    }
}
