package waypoint.dataprotection.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.dataprotection.ProcessingActivities;
import waypoint.dataprotection.ProcessingActivity;
import waypoint.dataprotection.internal.SharingLog;
import waypoint.dataprotection.internal.SubjectAccessPolicy;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.PageOf;

/**
 * The record of processing activities (every member of staff reads it; an administrator or the data protection officer
 * writes it) and the log of personal data shared with employers and assessment organisations (docs/domain/data-protection.md).
 */
@Controller
class TransparencyPages {

    private final ProcessingActivities activities;
    private final SharingLog sharing;

    TransparencyPages(ProcessingActivities activities, SharingLog sharing) {
        this.activities = activities;
        this.sharing = sharing;
    }

    @GetMapping("/data-protection/processing")
    String list(CurrentUser user, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("activities", activities.all(user));
        model.addAttribute("canEdit", activities.canEdit(user));
        model.addAttribute("saved", saved != null ? "Saved" : null);
        return "dataprotection/processing";
    }

    @GetMapping("/data-protection/processing/new")
    String newActivity(CurrentUser user, Model model) {
        requireEditor(user);
        model.addAttribute("form", ProcessingActivity.Details.blank());
        model.addAttribute("action", "/data-protection/processing/new");
        return "dataprotection/processing-form";
    }

    @PostMapping("/data-protection/processing/new")
    String add(CurrentUser user, @Valid @ModelAttribute("form") ProcessingActivity.Details form, BindingResult result,
            Model model) {
        requireEditor(user);
        if (result.hasErrors()) {
            model.addAttribute("action", "/data-protection/processing/new");
            return "dataprotection/processing-form";
        }
        activities.add(user, form);
        return "redirect:/data-protection/processing?saved";
    }

    @GetMapping("/data-protection/processing/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", ProcessingActivity.Details.of(activities.find(user, id)));
        model.addAttribute("action", "/data-protection/processing/" + id + "/edit");
        return "dataprotection/processing-form";
    }

    @PostMapping("/data-protection/processing/{id}/edit")
    String change(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") ProcessingActivity.Details form,
            BindingResult result, Model model) {
        requireEditor(user);
        model.addAttribute("action", "/data-protection/processing/" + id + "/edit");
        if (result.hasErrors()) {
            return "dataprotection/processing-form";
        }
        try {
            activities.change(user, id, form);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            result.reject("changed", changedMeanwhile.getMessage());
            return "dataprotection/processing-form";
        }
        return "redirect:/data-protection/processing?saved";
    }

    @GetMapping("/data-protection/sharing")
    String sharing(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!SubjectAccessPolicy.canRead(user)) {
            throw new AccessDeniedException("Only the data protection officer or an administrator reads the log");
        }
        model.addAttribute("page", sharing.page(Math.max(0, page), PageOf.DEFAULT_SIZE));
        model.addAttribute("baseUrl", "/data-protection/sharing");
        return "dataprotection/sharing";
    }

    private void requireEditor(CurrentUser user) {
        if (!activities.canEdit(user)) {
            throw new AccessDeniedException("Only an administrator or the data protection officer changes this record");
        }
    }
}
