package waypoint.dataprotection.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import waypoint.dataprotection.internal.export.ProviderExport;
import waypoint.dataprotection.internal.export.ProviderImport;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;

/**
 * The whole provider's data through the API (docs/domain/provider-export.md), for administrators: taken out, and
 * brought into an empty Waypoint.
 */
@RestController
@Tag(name = "Provider export", description = "Everything the provider holds in Waypoint, in a documented format")
class ProviderExportApi {

    private final ProviderExport export;
    private final ProviderImport imports;

    ProviderExportApi(ProviderExport export, ProviderImport imports) {
        this.export = export;
        this.imports = imports;
    }

    @Operation(summary = "Check (dryRun=true, the default) or bring in a whole provider's export",
            description = "For administrators, into a Waypoint that holds no provider's data yet (no learners,"
                    + " apprenticeships, employers, staff or other records, no accounts but its administrators')."
                    + " Multipart: file (the ZIP GET /api/v1/export made), dryRun. The check lists the rows each part"
                    + " of Waypoint would bring in and what is in the way (a newer format, a missing file, a changed"
                    + " table, a row refused); the import keeps everything or, with any problem, nothing (422)."
                    + " Accounts come back invited, without passwords.")
    @PostMapping(path = "/api/v1/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> bringIn(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        if (!ProviderImport.mayImport(user)) {
            throw new AccessDeniedException("Bringing in a whole provider's data is for administrators");
        }
        if (file == null || file.isEmpty()) {
            throw new FieldValidationException("file", "Send the whole provider's export (ZIP) as the part 'file'");
        }
        Path path = Files.createTempFile("provider-export-", ".zip");
        try {
            file.transferTo(path);
            ProviderImport.Outcome outcome = dryRun ? imports.check(user, path) : imports.bringIn(user, path);
            if (!outcome.isValid()) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                        outcome.problems().size() + (outcome.problems().size() == 1 ? " problem" : " problems")
                                + ": nothing was brought in. " + outcome.problems().get(0).where() + ": "
                                + outcome.problems().get(0).message());
                problem.setTitle("The provider's export cannot be brought in");
                problem.setType(URI.create("https://waypoint.test/problems/provider-export"));
                problem.setProperty("problems", outcome.problems());
                problem.setProperty("export", outcome);
                return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem);
            }
            return ResponseEntity.ok(outcome);
        } finally {
            Files.deleteIfExists(path);
        }
    }

    @Operation(summary = "The whole provider's data (ZIP: manifest.json, each table as JSON lines and CSV, files)",
            description = "For administrators. Streamed as it is read; each export is in the audit trail.")
    @GetMapping("/api/v1/export")
    void export(CurrentUser user, HttpServletResponse response) throws IOException {
        zip(export, user, response);
    }

    static void zip(ProviderExport export, CurrentUser user, HttpServletResponse response) throws IOException {
        var writer = export.export(user);
        TransferPacksApi.zip(response, "waypoint-export.zip", writer::write);
    }
}
