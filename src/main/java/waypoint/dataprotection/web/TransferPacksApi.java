package waypoint.dataprotection.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.dataprotection.internal.transfer.TransferPackFile;
import waypoint.dataprotection.internal.transfer.TransferPackImport;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * A learner's record moving between providers through the API (docs/domain/transfer-pack.md): the pack made with
 * the learner's agreement, and a pack brought in, checked first (a dry run, the default), then all or nothing.
 */
@RestController
@Tag(name = "Transfer packs", description = "A learner's record moving to another provider, and one brought in")
class TransferPacksApi {

    private final TransferPackExport export;
    private final TransferPackImport imports;
    private final Validator validator;

    TransferPacksApi(TransferPackExport export, TransferPackImport imports, Validator validator) {
        this.export = export;
        this.imports = imports;
        this.validator = validator;
    }

    @Operation(summary = "A learner's transfer pack (ZIP: transfer-pack.json and the files it names)",
            description = "For an administrator or the data protection officer, with the learner's agreement:"
                    + " recipient (the provider the learner moves to), agreementGivenOn (like 2026-12-01),"
                    + " agreementHow (IN_WRITING, BY_EMAIL, IN_PERSON or BY_PHONE), agreementNote (optional)."
                    + " Each pack made is in the audit trail and the log of data shared outside the provider.")
    @GetMapping("/api/v1/learners/{id}/transfer-pack")
    void pack(CurrentUser user, @PathVariable UUID id,
            @ParameterObject TransferForms.ExportForm agreement, HttpServletResponse response)
            throws IOException {
        if (!TransferPackExport.mayExport(user)) {
            throw new AccessDeniedException("Only an administrator or the data protection officer makes a transfer"
                    + " pack");
        }
        FormChecks.require(validator, agreement);
        var writer = export.export(user, id, agreement.agreement());
        zip(response, "transfer-pack-" + id + ".zip", writer);
    }

    /** Writes a ZIP as it is made, on the request's own thread (so its sign-in holds throughout). */
    static void zip(HttpServletResponse response, String name, java.util.function.Consumer<OutputStream> writer)
            throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        try (OutputStream out = response.getOutputStream()) {
            writer.accept(out);
        }
    }

    @Operation(summary = "Check (dryRun=true, the default) or bring in a learner's transfer pack",
            description = "For administrators. Multipart: file (the pack's ZIP, up to 500 MB), tutor (the id or email"
                    + " of the tutor of its apprenticeships), dryRun. The check lists what would be brought in and"
                    + " what is in the way (a ULN or email already here, a standard version not in the catalogue);"
                    + " the import keeps everything or, with any problem, nothing (422).")
    @PostMapping(path = "/api/v1/transfer-packs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> bringIn(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String tutor, @RequestParam(defaultValue = "true") boolean dryRun)
            throws IOException {
        if (!TransferPackImport.mayImport(user)) {
            throw new AccessDeniedException("Bringing in a learner's transfer pack is for administrators");
        }
        if (file == null || file.isEmpty()) {
            throw new FieldValidationException("file", "Send the transfer pack (ZIP) as the part 'file'");
        }
        if (file.getSize() > TransferPackFile.MOST_BYTES) {
            throw new FieldValidationException("file", "The pack must be 500 MB or smaller");
        }
        UUID tutorId = imports.tutor(tutor).orElseThrow(() -> new FieldValidationException("tutor",
                "Give the id or email of a tutor: the apprenticeships brought in are on their caseload"));
        Path path = Files.createTempFile("transfer-pack-", ".zip");
        try {
            file.transferTo(path);
            TransferPackImport.Outcome outcome = dryRun ? imports.check(user, path, tutorId)
                    : imports.importPack(user, path, tutorId);
            if (!outcome.isValid()) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                        outcome.problems().size() + (outcome.problems().size() == 1 ? " problem" : " problems")
                                + ": nothing was brought in. " + outcome.problems().get(0).where() + ": "
                                + outcome.problems().get(0).message());
                problem.setTitle("The transfer pack cannot be brought in");
                problem.setType(URI.create("https://waypoint.test/problems/transfer-pack"));
                problem.setProperty("problems", outcome.problems());
                problem.setProperty("pack", outcome);
                return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem);
            }
            if (outcome.imported()) {
                return ResponseEntity.created(URI.create("/api/v1/learners/" + outcome.learnerId())).body(outcome);
            }
            return ResponseEntity.ok(outcome);
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
