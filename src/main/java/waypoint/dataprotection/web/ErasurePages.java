package waypoint.dataprotection.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.dataprotection.internal.retention.ErasureRequests;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * Erasure requests (docs/domain/retention.md, "Erasure on request"): the data protection officer records one and
 * reads, kind by kind, what was erased and what is kept until when; an administrator reads them.
 */
@Controller
class ErasurePages {

    private final ErasureRequests requests;

    ErasurePages(ErasureRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/data-protection/erasure")
    String list(CurrentUser user, Model model) {
        model.addAttribute("requests", requests.list(user));
        model.addAttribute("canRecord", ErasureRequests.canRecord(user));
        return "dataprotection/erasure-requests";
    }

    @GetMapping("/data-protection/erasure/new")
    String newRequest(CurrentUser user, Model model) {
        requireRecorder(user);
        model.addAttribute("form", RecordRequestForm.blank());
        return "dataprotection/erasure-record";
    }

    @PostMapping("/data-protection/erasure/new")
    String record(CurrentUser user, @Valid @ModelAttribute("form") RecordRequestForm form, BindingResult result) {
        requireRecorder(user);
        if (result.hasErrors()) {
            return "dataprotection/erasure-record";
        }
        try {
            UUID id = requests.record(user, form.learnerEmail(), form.received(), form.words());
            return "redirect:/data-protection/erasure/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return "dataprotection/erasure-record";
        }
    }

    @GetMapping("/data-protection/erasure/{id}")
    String show(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("r", requests.view(user, id));
        model.addAttribute("saved", saved != null ? "Recorded: what the law allows is erased, and the person is told"
                : null);
        return "dataprotection/erasure-request";
    }

    private static void requireRecorder(CurrentUser user) {
        if (!ErasureRequests.canRecord(user)) {
            throw new AccessDeniedException("Only the data protection officer records an erasure request");
        }
    }
}
