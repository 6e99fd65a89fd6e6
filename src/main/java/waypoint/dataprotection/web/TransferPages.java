package waypoint.dataprotection.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.dataprotection.internal.transfer.TransferPackFile;
import waypoint.dataprotection.internal.transfer.TransferPackImport;
import waypoint.dataprotection.internal.transfer.TransferRecords;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * A learner's record moving between providers (docs/domain/transfer-pack.md): the packs made and brought in, making a
 * pack with the learner's agreement, and bringing one in, shown for checking before it is kept.
 */
@Controller
class TransferPages {

    private static final String BASE = "/data-protection/transfers";

    private final TransferPackExport export;
    private final TransferPackImport imports;
    private final TransferRecords records;
    private final JdbcClient jdbc;
    private final waypoint.dataprotection.internal.export.ProviderExport providerExport;
    private final Validator validator;

    TransferPages(TransferPackExport export, TransferPackImport imports, TransferRecords records, JdbcClient jdbc,
            waypoint.dataprotection.internal.export.ProviderExport providerExport, Validator validator) {
        this.providerExport = providerExport;
        this.validator = validator;
        this.export = export;
        this.imports = imports;
        this.records = records;
        this.jdbc = jdbc;
    }

    @GetMapping(BASE)
    String list(CurrentUser user, Model model) {
        model.addAttribute("made", records.made(user));
        model.addAttribute("broughtIn", records.broughtIn(user));
        model.addAttribute("mayImport", TransferPackImport.mayImport(user));
        return "dataprotection/transfers";
    }

    /** The whole provider's data, for administrators (docs/domain/provider-export.md). */
    @GetMapping("/data-protection/export")
    void providerExport(CurrentUser user, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        ProviderExportApi.zip(providerExport, user, response);
    }

    @GetMapping(BASE + "/new")
    String exportForm(CurrentUser user, Model model) {
        requireExporter(user);
        model.addAttribute("form", TransferForms.ExportForm.blank());
        model.addAttribute("ways", TransferPackExport.AgreementHow.values());
        return "dataprotection/transfer-export";
    }

    @PostMapping(BASE + "/new")
    org.springframework.web.servlet.ModelAndView exportPack(CurrentUser user,
            @ModelAttribute("form") TransferForms.ExportForm form,
            BindingResult result, Model model, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        requireExporter(user);
        model.addAttribute("ways", TransferPackExport.AgreementHow.values());
        FormChecks.check(validator, result, TransferForms.ExportForm.OnThePage.class);
        UUID learner = form.learnerEmail() == null ? null : jdbc.sql(
                "SELECT id FROM organisation.learner WHERE lower(email) = lower(:e)")
                .param("e", form.learnerEmail().strip()).query(UUID.class).optional().orElse(null);
        if (!result.hasFieldErrors("learnerEmail") && learner == null) {
            result.rejectValue("learnerEmail", "unknown", "No learner has that email address: check it against their"
                    + " learner record");
        }
        if (result.hasErrors()) {
            return new org.springframework.web.servlet.ModelAndView("dataprotection/transfer-export");
        }
        try {
            var writer = export.export(user, learner, form.agreement());
            TransferPacksApi.zip(response, "transfer-pack.zip", writer);
            return null; // the answer is the ZIP, written above
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return new org.springframework.web.servlet.ModelAndView("dataprotection/transfer-export");
        }
    }

    @GetMapping(BASE + "/import")
    String importForm(CurrentUser user, Model model) {
        requireImporter(user);
        model.addAttribute("form", TransferForms.ImportForm.blank());
        model.addAttribute("tutors", imports.tutors());
        return "dataprotection/transfer-import";
    }

    /** The check: the pack kept aside under a token while the administrator reads what it would bring in. */
    @PostMapping(BASE + "/import")
    String check(CurrentUser user, @ModelAttribute("form") TransferForms.ImportForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        requireImporter(user);
        model.addAttribute("tutors", imports.tutors());
        UUID tutor = imports.tutor(form.tutor()).orElse(null);
        if (file == null || file.isEmpty()) {
            result.rejectValue("token", "missing", "Select the transfer pack (a ZIP file) to bring in");
        } else if (file.getSize() > TransferPackFile.MOST_BYTES) {
            result.rejectValue("token", "large", "The pack must be 500 MB or smaller");
        }
        if (tutor == null) {
            result.rejectValue("tutor", "missing", "Select the tutor of the apprenticeships brought in");
        }
        if (result.hasErrors()) {
            return "dataprotection/transfer-import";
        }
        UUID token = UUID.randomUUID();
        Path kept = aside(token);
        file.transferTo(kept);
        TransferPackImport.Outcome outcome = imports.check(user, kept, tutor);
        if (!outcome.isValid()) {
            Files.deleteIfExists(kept);
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", new TransferForms.ImportForm(tutor.toString(), token.toString()));
        return "dataprotection/transfer-check";
    }

    @PostMapping(BASE + "/import/confirm")
    String confirm(CurrentUser user, @ModelAttribute("form") TransferForms.ImportForm form, Model model)
            throws IOException {
        requireImporter(user);
        UUID token;
        try {
            token = UUID.fromString(String.valueOf(form.token()));
        } catch (IllegalArgumentException notOurs) {
            return "redirect:" + BASE + "/import";
        }
        Path kept = aside(token);
        UUID tutor = imports.tutor(form.tutor()).orElse(null);
        if (!Files.exists(kept) || tutor == null) {
            return "redirect:" + BASE + "/import";
        }
        TransferPackImport.Outcome outcome = imports.importPack(user, kept, tutor);
        if (!outcome.isValid()) {
            model.addAttribute("outcome", outcome);
            model.addAttribute("tutors", imports.tutors());
            return "dataprotection/transfer-check";
        }
        Files.deleteIfExists(kept);
        return "redirect:" + BASE + "/" + outcome.importId() + "?saved";
    }

    @GetMapping(BASE + "/{id}")
    String show(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("transfer", records.broughtIn(user, id));
        var kept = records.kept(user, id);
        model.addAttribute("kept", kept);
        model.addAttribute("apprenticeships", records.apprenticeships(user, id));
        model.addAttribute("saved", saved != null);
        model.addAttribute("staff", user.isStaff());
        return "dataprotection/transfer";
    }

    private static Path aside(UUID token) {
        return Path.of(System.getProperty("java.io.tmpdir"), "waypoint-transfer-pack-" + token + ".zip");
    }

    private static void requireExporter(CurrentUser user) {
        if (!TransferPackExport.mayExport(user)) {
            throw new AccessDeniedException("Only an administrator or the data protection officer makes a transfer"
                    + " pack");
        }
    }

    private static void requireImporter(CurrentUser user) {
        if (!TransferPackImport.mayImport(user)) {
            throw new AccessDeniedException("Bringing in a learner's transfer pack is for administrators");
        }
    }
}
