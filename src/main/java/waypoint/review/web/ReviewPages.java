package waypoint.review.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.review.internal.VisibleReviews;
import waypoint.review.internal.ReviewConflictException;
import waypoint.review.internal.ReviewDraft;
import waypoint.review.internal.ReviewPdf;
import waypoint.review.internal.ReviewRecords;
import waypoint.review.internal.ReviewRefusedException;
import waypoint.review.internal.ReviewService;
import waypoint.review.internal.ReviewSignatures;
import waypoint.review.ReviewState;
import waypoint.review.web.ReviewForms.ExceptionForm;
import waypoint.review.web.ReviewForms.PlanForm;
import waypoint.review.web.ReviewForms.ReflectionForm;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.NavigationItem;

/**
 * The progress review pages: compliance for staff, the reviews of an apprenticeship, one review with the
 * forms its state and the person allow (plan, agree another date, reflect, write, send, sign, amend), and its PDF.
 */
@Controller
class ReviewPages {

    private static final int BLANK_TARGETS = 2;

    private final ReviewService reviews;
    private final ReviewRecords records;
    private final ReviewSignatures signatures;
    private final VisibleReviews visible;
    private final ReviewPdf pdf;

    ReviewPages(ReviewService reviews, ReviewRecords records, ReviewSignatures signatures,
            VisibleReviews visible, ReviewPdf pdf) {
        this.reviews = reviews;
        this.records = records;
        this.signatures = signatures;
        this.visible = visible;
        this.pdf = pdf;
    }

    @Bean
    static NavigationItem reviewsNavigation() {
        return new NavigationItem("Reviews", "/reviews", 25, java.util.Arrays.stream(Role.values())
                .map(Role::name).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * A learner's or an employer contact's reviews; staff go on to review compliance across their caseload (the
     * reporting module's report), with the filter and page they asked for.
     */
    @GetMapping("/reviews")
    ModelAndView list(CurrentUser user, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
            Model model) {
        if (user.isStaff()) {
            String query = request.getQueryString();
            RedirectView compliance = new RedirectView("/reports/review-compliance"
                    + (query == null || query.isBlank() ? "" : "?" + query), true);
            compliance.setExpandUriTemplateVariables(false);
            compliance.setExposeModelAttributes(false);
            return new ModelAndView(compliance);
        }
        model.addAttribute("page", visible.visibleTo(user, page));
        model.addAttribute("previousProviders", visible.withPreviousProviders(user));
        return new ModelAndView("review/my-reviews");
    }

    @GetMapping("/apprenticeships/{id}/reviews")
    String history(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        model.addAttribute("history", reviews.history(user, id));
        return "review/history";
    }

    @GetMapping("/reviews/{id}")
    String review(CurrentUser user, @PathVariable UUID id, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        ReviewService.ReviewView view = reviews.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("states", ReviewState.values());
        model.addAttribute("record", view.content().orElse(null));
        model.addAttribute("typed", model.containsAttribute("typed") ? model.getAttribute("typed") : Map.of());
        return "review/review";
    }

    @PostMapping("/reviews/{id}/plan")
    String plan(CurrentUser user, @PathVariable UUID id, @Valid PlanForm plan, BindingResult result,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            requireManage(user, id);
            return mistyped(user, id, result, form, model);
        }
        return attempt(user, id, form, model, redirect, "The meeting is planned and the three of you are invited",
                () -> reviews.plan(user, id, lock(form), plan.day(), plan.at(), plan.where()));
    }

    @PostMapping("/reviews/{id}/exception")
    String exception(CurrentUser user, @PathVariable UUID id, @Valid ExceptionForm agreed, BindingResult result,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            requireManage(user, id);
            return mistyped(user, id, result, form, model);
        }
        return attempt(user, id, form, model, redirect, "The agreed due date is recorded",
                () -> reviews.agreeException(user, id, lock(form), agreed.due(), agreed.reason(), agreed.agreedBy(),
                        agreed.agreed()));
    }

    /**
     * A form of the review's page filled in wrongly: only the people whose form it is (staff who manage the review;
     * the apprentice, for the self-reflection) are told what to put right; anyone else is refused, as the service
     * refuses them.
     */
    private void requireManage(CurrentUser user, UUID id) {
        if (!reviews.view(user, id).canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("Only staff plan the review");
        }
    }

    /** The review's page again, with what was typed and what to put right. */
    private String mistyped(CurrentUser user, UUID id, BindingResult result, MultiValueMap<String, String> form,
            Model model) {
        model.addAttribute("errors", FormErrors.messages(result));
        model.addAttribute("typed", form.toSingleValueMap());
        return review(user, id, model);
    }

    @PostMapping("/reviews/{id}/reflection")
    String reflect(CurrentUser user, @PathVariable UUID id, @Valid ReflectionForm reflection, BindingResult result,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            if (!reviews.view(user, id).isLearner()) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Only the apprentice writes their self-reflection");
            }
            return mistyped(user, id, result, form, model);
        }
        return attempt(user, id, form, model, redirect, "Your self-reflection is saved",
                () -> records.reflect(user, id, lock(form), reflection.text()));
    }

    @PostMapping("/reviews/{id}/send")
    String send(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, form, model, redirect, "The record is sent to the three of you to sign",
                () -> records.sendForSignatures(user, id, lock(form)));
    }

    @PostMapping("/reviews/{id}/amend")
    String amend(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, form, model, redirect, "The record is open for an amendment",
                () -> records.amend(user, id, lock(form)));
    }

    @PostMapping("/reviews/{id}/sign")
    String sign(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        int version;
        try {
            version = Integer.parseInt(String.valueOf(form.getFirst("version")).strip());
        } catch (NumberFormatException wrong) {
            version = 0;
        }
        int shown = version;
        return attempt(user, id, form, model, redirect, "You signed the review",
                () -> signatures.sign(user, id, shown, form.getFirst("fullName"), request.getRemoteAddr()));
    }

    @GetMapping("/reviews/{id}/record")
    String editRecord(CurrentUser user, @PathVariable UUID id, Model model) {
        ReviewService.ReviewView view = reviews.view(user, id);
        if (!view.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("Only staff write the record");
        }
        return recordPage(view, view.draft(), Map.of(), model);
    }

    @PostMapping("/reviews/{id}/record")
    String saveRecord(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        ReviewDraft draft = draft(form);
        try {
            records.saveDraft(user, id, draft);
            if ("send".equals(form.getFirst("then"))) {
                ReviewService.ReviewView saved = reviews.view(user, id);
                records.sendForSignatures(user, id, saved.review().lockVersion());
                redirect.addFlashAttribute("saved", "The record is sent to the three of you to sign");
            } else {
                redirect.addFlashAttribute("saved", "The record is saved");
            }
        } catch (FieldValidationException | ReviewConflictException | ReviewRefusedException problem) {
            ReviewService.ReviewView view = reviews.view(user, id);
            // keep what they typed, on the review's current version, so saving again is theirs over the latest
            ReviewDraft kept = draft.on(view.review().lockVersion());
            return recordPage(view, kept, errors(problem), model);
        }
        return "redirect:/reviews/" + id;
    }

    private String recordPage(ReviewService.ReviewView view, ReviewDraft draft, Map<String, String> errors,
            Model model) {
        List<ReviewDraft.TargetDraft> rows = new ArrayList<>(draft.targets());
        for (int i = 0; i < BLANK_TARGETS; i++) {
            rows.add(new ReviewDraft.TargetDraft("", "", ""));
        }
        model.addAttribute("view", view);
        model.addAttribute("draft", draft);
        model.addAttribute("targetRows", rows);
        model.addAttribute("errors", errors);
        return "review/record";
    }

    @GetMapping("/reviews/{id}/versions/{number}/pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id, @PathVariable int number) {
        byte[] document = pdf.render(user, id, number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("progress-review-version-" + number + ".pdf").build().toString())
                .body(document);
    }

    private String attempt(CurrentUser user, UUID id, MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
        } catch (FieldValidationException | ReviewConflictException | ReviewRefusedException problem) {
            model.addAttribute("errors", errors(problem));
            model.addAttribute("typed", form.toSingleValueMap());
            return review(user, id, model);
        }
        redirect.addFlashAttribute("saved", done);
        return "redirect:/reviews/" + id;
    }

    /** A form's field errors, or a refusal as the whole form's. */
    private static Map<String, String> errors(RuntimeException problem) {
        return problem instanceof FieldValidationException invalid ? invalid.errors()
                : Map.of("form", String.valueOf(problem.getMessage()));
    }

    private static int lock(MultiValueMap<String, String> form) {
        try {
            return Integer.parseInt(String.valueOf(form.getFirst("lockVersion")).strip());
        } catch (NumberFormatException wrong) {
            return -1;
        }
    }

    /** The record form's fields: sections[key], targets[i].title|targetDate|ksbs, actions[id]. */
    static ReviewDraft draft(MultiValueMap<String, String> form) {
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        Map<Integer, String[]> rows = new HashMap<>();
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            var section = java.util.regex.Pattern.compile("sections\\[(\\w{1,40})]").matcher(name);
            var action = java.util.regex.Pattern.compile("actions\\[([0-9a-f-]{36})]").matcher(name);
            var target = java.util.regex.Pattern.compile("targets\\[(\\d{1,2})]\\.(title|targetDate|ksbs)")
                    .matcher(name);
            if (section.matches()) {
                sections.put(section.group(1), value);
            } else if (action.matches()) {
                statuses.put(action.group(1), value);
            } else if (target.matches()) {
                String[] row = rows.computeIfAbsent(Integer.parseInt(target.group(1)), k -> new String[3]);
                row[switch (target.group(2)) {
                    case "title" -> 0;
                    case "targetDate" -> 1;
                    default -> 2;
                }] = value;
            }
        });
        List<ReviewDraft.TargetDraft> targets = new ArrayList<>();
        int last = rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int i = 0; i <= last; i++) {
            String[] row = rows.getOrDefault(i, new String[3]);
            targets.add(new ReviewDraft.TargetDraft(row[0], row[1], row[2]));
        }
        // trailing blank rows are the form's spare rows, not targets
        while (!targets.isEmpty() && isBlank(targets.get(targets.size() - 1))) {
            targets.remove(targets.size() - 1);
        }
        return new ReviewDraft(lock(form), form.getFirst("heldOn"), sections, targets, statuses,
                form.getFirst("nextReviewDate"), form.getFirst("functionalSkillsEnglish"),
                form.getFirst("functionalSkillsMaths"));
    }

    private static boolean isBlank(ReviewDraft.TargetDraft t) {
        return (t.title() == null || t.title().isBlank()) && (t.targetDate() == null || t.targetDate().isBlank())
                && (t.ksbs() == null || t.ksbs().isBlank());
    }

}
