package waypoint.dataprotection.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import waypoint.dataprotection.internal.export.ProviderImport;
import waypoint.identity.CurrentUser;

/**
 * A whole provider's export brought into an empty Waypoint (docs/domain/provider-export.md), for administrators: the
 * ZIP is kept aside under a token while the administrator reads what it would bring in, then brought in, all or
 * nothing.
 */
@Controller
class ProviderImportPages {

    private static final String BASE = "/data-protection/import";

    private final ProviderImport imports;

    ProviderImportPages(ProviderImport imports) {
        this.imports = imports;
    }

    @GetMapping(BASE)
    String form(CurrentUser user, Model model) {
        require(user);
        model.addAttribute("form", TransferForms.ProviderImportForm.blank());
        return "dataprotection/provider-import";
    }

    /** The check: everything read and loaded in a transaction rolled back, nothing kept. */
    @PostMapping(BASE)
    String check(CurrentUser user, @ModelAttribute("form") TransferForms.ProviderImportForm form,
            BindingResult result, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        require(user);
        if (file == null || file.isEmpty()) {
            result.rejectValue("token", "missing", "Select the whole provider's export (the ZIP file Waypoint made)");
            return "dataprotection/provider-import";
        }
        UUID token = UUID.randomUUID();
        Path kept = aside(token);
        file.transferTo(kept);
        ProviderImport.Outcome outcome = imports.check(user, kept);
        if (!outcome.isValid()) {
            Files.deleteIfExists(kept);
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", new TransferForms.ProviderImportForm(token.toString()));
        return "dataprotection/provider-import-check";
    }

    @PostMapping(BASE + "/confirm")
    String confirm(CurrentUser user, @ModelAttribute("form") TransferForms.ProviderImportForm form, Model model)
            throws IOException {
        require(user);
        UUID token;
        try {
            token = UUID.fromString(String.valueOf(form.token()));
        } catch (IllegalArgumentException notOurs) {
            return "redirect:" + BASE;
        }
        Path kept = aside(token);
        if (!Files.exists(kept)) {
            return "redirect:" + BASE;
        }
        ProviderImport.Outcome outcome = imports.bringIn(user, kept);
        Files.deleteIfExists(kept);
        model.addAttribute("outcome", outcome);
        return "dataprotection/provider-import-check";
    }

    private static Path aside(UUID token) {
        return Path.of(System.getProperty("java.io.tmpdir"), "waypoint-provider-export-" + token + ".zip");
    }

    private static void require(CurrentUser user) {
        if (!ProviderImport.mayImport(user)) {
            throw new AccessDeniedException("Bringing in a whole provider's data is for administrators");
        }
    }
}
