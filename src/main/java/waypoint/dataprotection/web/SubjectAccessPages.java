package waypoint.dataprotection.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import waypoint.dataprotection.internal.SubjectAccessRequests;
import waypoint.dataprotection.internal.RequestRefusedException;
import waypoint.dataprotection.internal.RequestTable.Action;
import waypoint.dataprotection.internal.SubjectAccessRequest;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * The data protection officer's pages for subject access requests (docs/domain/data-protection.md): the list by
 * deadline, recording a request, each request's steps, and the learner's own page to ask and to download.
 */
@Controller
class SubjectAccessPages {

    private final SubjectAccessRequests requests;

    SubjectAccessPages(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/data-protection/requests")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", requests.list(user, page));
        model.addAttribute("baseUrl", "/data-protection/requests");
        model.addAttribute("today", requests.today());
        return "dataprotection/requests";
    }

    @GetMapping("/data-protection/requests/new")
    String newRequest(CurrentUser user, Model model) {
        if (!requests.canRecord(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to record");
        }
        model.addAttribute("form", RecordRequestForm.blank());
        return "dataprotection/record";
    }

    @PostMapping("/data-protection/requests/new")
    String record(CurrentUser user, @Valid @ModelAttribute("form") RecordRequestForm form, BindingResult result) {
        if (!requests.canRecord(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to record");
        }
        if (result.hasErrors()) {
            return "dataprotection/record";
        }
        try {
            UUID id = requests.record(user, form.learnerEmail(), form.received(), form.words());
            return "redirect:/data-protection/requests/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return "dataprotection/record";
        }
    }

    @GetMapping("/data-protection/requests/{id}")
    String show(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("saved", saved != null ? "Saved" : null);
        return requestPage(user, id, model);
    }

    @PostMapping("/data-protection/requests/{id}/identity")
    String identity(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("identity") StepForms.IdentityForm form,
            BindingResult result, Model model) {
        return step(user, id, model, result, () -> requests.checkIdentity(user, id, form.version(), form.note()));
    }

    @PostMapping("/data-protection/requests/{id}/gather")
    String gather(CurrentUser user, @PathVariable UUID id, @ModelAttribute("gather") StepForms.VersionForm form,
            BindingResult result, Model model) {
        return step(user, id, model, result, () -> requests.gather(user, id, form.version()));
    }

    @PostMapping("/data-protection/requests/{id}/extend")
    String extend(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("extend") StepForms.ExtendForm form,
            BindingResult result, Model model) {
        return step(user, id, model, result,
                () -> requests.extend(user, id, form.version(), form.months(), form.reason()));
    }

    @PostMapping("/data-protection/requests/{id}/release")
    String release(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("release") StepForms.ReleaseForm form,
            BindingResult result, Model model) {
        return step(user, id, model, result,
                () -> requests.release(user, id, form.version(), form.refused(), form.reason()));
    }

    /** The officer's copy of what would be released, written as it is gathered. */
    @GetMapping("/data-protection/requests/{id}/review-copy")
    ResponseEntity<StreamingResponseBody> reviewCopy(CurrentUser user, @PathVariable UUID id) {
        java.util.function.Consumer<java.io.OutputStream> writer;
        try {
            writer = requests.reviewCopy(user, id);
        } catch (RequestRefusedException notYet) {
            return ResponseEntity.status(303).location(java.net.URI.create("/data-protection/requests/" + id)).build();
        }
        return zip("review-copy-" + id + ".zip", writer::accept);
    }

    /** The released pack, for the officer. */
    @GetMapping("/data-protection/requests/{id}/pack")
    ResponseEntity<StreamingResponseBody> officersPack(CurrentUser user, @PathVariable UUID id) {
        return releasedPack(user, id);
    }

    @GetMapping("/my-data")
    String mine(CurrentUser user, @RequestParam(required = false) String asked, Model model) {
        return myData(user, asked, model);
    }

    private String myData(CurrentUser user, String asked, Model model) {
        model.addAttribute("saved", asked != null
                ? "Your request is received: we will send your data by the date shown" : null);
        model.addAttribute("requests", requests.mine(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AskForm(null));
        }
        return "dataprotection/my-data";
    }

    @PostMapping("/my-data/requests")
    String ask(CurrentUser user, @Valid @ModelAttribute("form") AskForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return myData(user, null, model);
        }
        requests.askForOwnData(user, form.words());
        return "redirect:/my-data?asked";
    }

    @GetMapping("/my-data/requests/{id}/pack")
    ResponseEntity<StreamingResponseBody> learnersPack(CurrentUser user, @PathVariable UUID id) {
        return releasedPack(user, id);
    }

    private ResponseEntity<StreamingResponseBody> releasedPack(CurrentUser user, UUID id) {
        var in = requests.openReleasedPack(user, id);
        return zip("your-data-" + id + ".zip", out -> {
            try (in) {
                in.transferTo(out);
            }
        });
    }

    private static ResponseEntity<StreamingResponseBody> zip(String name, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .contentType(MediaType.parseMediaType("application/zip")).body(body);
    }

    private String step(CurrentUser user, UUID id, Model model, BindingResult result, Runnable step) {
        if (!result.hasErrors()) {
            try {
                step.run();
                return "redirect:/data-protection/requests/" + id + "?saved";
            } catch (FieldValidationException invalid) {
                FormErrors.reject(result, invalid);
            } catch (RequestRefusedException | OptimisticLockingFailureException problem) {
                model.addAttribute("problem", problem.getMessage());
            }
        }
        return requestPage(user, id, model);
    }

    private String requestPage(CurrentUser user, UUID id, Model model) {
        SubjectAccessRequest r = requests.view(user, id);
        model.addAttribute("r", r);
        model.addAttribute("review", requests.reviewOf(r));
        model.addAttribute("today", requests.today());
        model.addAttribute("flag", r.flag(requests.today()).name());
        boolean handler = requests.canHandle(user);
        model.addAttribute("canCheckIdentity", handler && r.allows(Action.CHECK_IDENTITY));
        model.addAttribute("canGather", handler && (r.allows(Action.START_GATHERING) || r.allows(Action.GATHER_AGAIN)));
        model.addAttribute("canExtend", handler && r.allows(Action.EXTEND) && r.extensionMonths() < 2
                && !requests.today().isAfter(r.firstDeadline()));
        model.addAttribute("canRelease", handler && r.allows(Action.RELEASE));
        model.addAttribute("canDownload", handler && r.state().isAnswered());
        putIfAbsent(model, "identity", new StepForms.IdentityForm(null, r.version()));
        putIfAbsent(model, "gather", new StepForms.VersionForm(r.version()));
        putIfAbsent(model, "extend", new StepForms.ExtendForm(null, null, r.version()));
        putIfAbsent(model, "release", new StepForms.ReleaseForm(List.of(), null, r.version()));
        return "dataprotection/request";
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
