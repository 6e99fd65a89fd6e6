package waypoint.otj.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.otj.internal.Entry;
import waypoint.otj.internal.EntryRefusedException;
import waypoint.otj.internal.EntryState;
import waypoint.otj.internal.OtjEntries;
import waypoint.otj.internal.PaceReports;
import waypoint.otj.internal.RejectionReason;
import waypoint.shared.NotFoundException;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.PageOf;

/** The off-the-job pages: hours of an apprenticeship, the entry form, review and the caseload. */
@Controller
class OtjPagesController {

    private final OtjEntries entries;
    private final PaceReports reports;
    private final Apprenticeships apprenticeships;
    private final Validator validator;

    OtjPagesController(OtjEntries entries, PaceReports reports, Apprenticeships apprenticeships,
            Validator validator) {
        this.entries = entries;
        this.reports = reports;
        this.apprenticeships = apprenticeships;
        this.validator = validator;
    }

    /** A learner's own hours; staff and employers go to the caseload. */
    @GetMapping("/off-the-job")
    String mine(CurrentUser user) {
        if (user.isStaff() || user.has(waypoint.identity.Role.EMPLOYER_CONTACT)) {
            return "redirect:/off-the-job/caseload";
        }
        ApprenticeshipSummary a = apprenticeships.currentForLearnerAccount(user.id())
                .orElseThrow(() -> new NotFoundException("apprenticeship"));
        return "redirect:/apprenticeships/" + a.id() + "/off-the-job";
    }

    @GetMapping("/apprenticeships/{id}/off-the-job")
    String hours(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page, Model model) {
        PaceReports.PaceView view = reports.pace(user, id);
        ApprenticeshipSummary a = view.apprenticeship();
        int number = Math.max(0, page);
        model.addAttribute("view", view);
        model.addAttribute("a", a);
        OtjEntries.PageOfEntries pageOfEntries = entries.pageShown(view, number, PageOf.DEFAULT_SIZE);
        List<Entry> shown = pageOfEntries.items();
        model.addAttribute("entries", new PageOf<>(shown, number, PageOf.DEFAULT_SIZE, pageOfEntries.total()));
        model.addAttribute("linkedEvidence", entries.linkedEvidence(id, shown));
        model.addAttribute("mayOpenEvidence", entries.mayOpenEvidence(user, id));
        model.addAttribute("mayLog", entries.mayLog(user, a));
        model.addAttribute("mayReview", entries.mayReview(user, a));
        model.addAttribute("mayConfirm", entries.mayConfirm(user, a));
        model.addAttribute("own", user.id().equals(a.learnerAccountId()));
        model.addAttribute("staff", user.isStaff());
        return "otj/hours";
    }

    @GetMapping("/apprenticeships/{id}/off-the-job/new")
    String newEntry(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(required = false) String copy,
            Model model) {
        ApprenticeshipSummary a = entries.visible(user, id);
        EntryForm form = "last".equals(copy) ? entries.copyOfLast(user, id).map(EntryForm::of)
                .orElseGet(EntryForm::blank) : EntryForm.blank();
        return form(user, a, form, null, model);
    }

    @PostMapping("/apprenticeships/{id}/off-the-job/new")
    String log(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") EntryForm form, BindingResult result,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence, Model model,
            RedirectAttributes redirect) {
        ApprenticeshipSummary a = entries.requireLogger(user, id);
        if (!FormChecks.check(validator, result)) {
            return form(user, a, form, null, model);
        }
        List<String> warnings;
        try (InputStream content = evidence == null || evidence.isEmpty() ? null : evidence.getInputStream()) {
            int weeks = form.repeats();
            if (weeks > 1) {
                entries.logWeekly(user, id, form.draft(), weeks);
                warnings = List.of();
            } else {
                warnings = entries.log(user, id, form.draft(), content == null ? null
                        : new OtjEntries.Evidence(evidence.getOriginalFilename(), content)).warnings();
            }
        } catch (UploadRejectedException rejected) {
            result.rejectValue("evidenceLink", "evidence", rejected.getMessage());
            return form(user, a, form, null, model);
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(user, a, form, null, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("saved", "Hours logged: your tutor will review them");
        redirect.addFlashAttribute("warnings", warnings);
        return "redirect:/apprenticeships/" + id + "/off-the-job";
    }

    @GetMapping("/apprenticeships/{id}/off-the-job/{entryId}/edit")
    String edit(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId, Model model) {
        ApprenticeshipSummary a = entries.visible(user, id);
        Entry e = entries.entry(user, id, entryId);
        return form(user, a, EntryForm.of(e), e, model);
    }

    @PostMapping("/apprenticeships/{id}/off-the-job/{entryId}/edit")
    String change(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @ModelAttribute("form") EntryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        ApprenticeshipSummary a = entries.requireLogger(user, id);
        Entry e = entries.entry(user, id, entryId);
        if (!FormChecks.check(validator, result)) {
            return form(user, a, form, e, model);
        }
        try {
            entries.edit(user, id, entryId, form.version() == null ? 0 : form.version(), form.draft(), true);
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(user, a, form, e, model);
        } catch (EntryRefusedException refused) {
            result.reject("refused", refused.getMessage());
            return form(user, a, form, e, model);
        } catch (OptimisticLockingFailureException stale) {
            result.reject("stale", "Someone else changed this entry while you were editing it: check it and save again");
            return form(user, a, withVersion(form, entries.entry(user, id, entryId).version()), e, model);
        }
        redirect.addFlashAttribute("saved", "Entry changed and sent for approval");
        return "redirect:/apprenticeships/" + id + "/off-the-job";
    }

    /** The form as typed, to save again over the version now stored. */
    private static EntryForm withVersion(EntryForm form, int version) {
        return new EntryForm(form.date(), form.startTime(), form.endTime(), form.duration(), form.activityType(),
                form.description(), form.ksbs(), form.evidenceLink(), form.portfolioEvidenceId(), form.weeks(),
                version, form.resubmit());
    }

    private String form(CurrentUser user, ApprenticeshipSummary a, EntryForm form, Entry entry, Model model) {
        if (!entries.mayLog(user, a)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to log");
        }
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("types", entries.activityTypes());
        model.addAttribute("ksbs", entries.ksbsOf(a));
        model.addAttribute("evidenceChoices", entries.evidenceChoices(user, a));
        return "otj/entry-form";
    }

    @GetMapping("/apprenticeships/{id}/off-the-job/{entryId}/review")
    String review(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId, Model model) {
        return reviewPage(user, id, entryId, "", "", "", model);
    }

    @PostMapping("/apprenticeships/{id}/off-the-job/{entryId}/review")
    String decide(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            switch (decision == null ? "" : decision) {
                case "approve" -> entries.approve(user, id, entryId);
                case "reject" -> entries.reject(user, id, entryId, reason, note);
                case "detail" -> entries.askForDetail(user, id, entryId, note);
                default -> throw new FieldValidationException("decision", "Choose approve, reject or ask for more detail");
            }
        } catch (FieldValidationException invalid) {
            model.addAttribute("errors", invalid.errors());
            return reviewPage(user, id, entryId, decision, reason, note, model);
        } catch (EntryRefusedException | OptimisticLockingFailureException refused) {
            model.addAttribute("errors", Map.of("decision", refused instanceof EntryRefusedException
                    ? refused.getMessage() : "Someone else reviewed this entry meanwhile"));
            return reviewPage(user, id, entryId, decision, reason, note, model);
        }
        redirect.addFlashAttribute("saved", switch (decision) {
            case "approve" -> "Entry approved";
            case "reject" -> "Entry rejected: the apprentice will see why";
            default -> "More detail asked for";
        });
        return "redirect:/apprenticeships/" + id + "/off-the-job";
    }

    private String reviewPage(CurrentUser user, ApprenticeshipId id, UUID entryId, String decision, String reason, String note,
            Model model) {
        ApprenticeshipSummary a = entries.visible(user, id);
        if (!entries.mayReview(user, a)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to review");
        }
        model.addAttribute("a", a);
        Entry entry = entries.entry(user, id, entryId);
        model.addAttribute("entry", entry);
        model.addAttribute("linkedEvidence", entries.linkedEvidence(id, List.of(entry)));
        model.addAttribute("mayOpenEvidence", entries.mayOpenEvidence(user, id));
        model.addAttribute("reasons", RejectionReason.values());
        model.addAttribute("decision", decision == null ? "" : decision);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("note", note == null ? "" : note);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "otj/review";
    }

    @PostMapping("/apprenticeships/{id}/off-the-job/{entryId}/confirm")
    String confirm(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId, RedirectAttributes redirect) {
        entries.confirmByEmployer(user, id, entryId);
        redirect.addFlashAttribute("saved", "Hours confirmed");
        return "redirect:/apprenticeships/" + id + "/off-the-job";
    }

    @GetMapping("/off-the-job/caseload")
    String caseload(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int pendingPage, Model model) {
        if (!user.isStaff() && !user.has(waypoint.identity.Role.EMPLOYER_CONTACT)) {
            throw new org.springframework.security.access.AccessDeniedException("Staff and employers only");
        }
        model.addAttribute("rows", reports.caseload(user, Math.max(0, page), PageOf.DEFAULT_SIZE));
        model.addAttribute("pending", user.isStaff()
                ? reports.pending(user, Math.max(0, pendingPage), PageOf.DEFAULT_SIZE) : null);
        model.addAttribute("toConfirm", user.has(waypoint.identity.Role.EMPLOYER_CONTACT)
                ? reports.awaitingEmployer(user, Math.max(0, pendingPage), PageOf.DEFAULT_SIZE) : null);
        model.addAttribute("mayChangeSettings", user.has(waypoint.identity.Role.ADMINISTRATOR));
        return "otj/caseload";
    }

    @PostMapping("/off-the-job/approve")
    String approveAll(CurrentUser user, @RequestParam(name = "entryId", required = false) List<UUID> ids,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose the entries to approve");
        } else {
            int approved = entries.approveAll(user, ids);
            redirect.addFlashAttribute("saved", approved + (approved == 1 ? " entry" : " entries") + " approved");
        }
        return "redirect:/off-the-job/caseload";
    }

    /** The employer confirms the chosen entries of their apprentices at once. */
    @PostMapping("/off-the-job/confirm")
    String confirmAll(CurrentUser user, @RequestParam(name = "entryId", required = false) List<UUID> ids,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose the entries to confirm");
        } else {
            int confirmed = entries.confirmAllByEmployer(user, ids);
            redirect.addFlashAttribute("saved", confirmed + (confirmed == 1 ? " entry" : " entries") + " confirmed");
        }
        return "redirect:/off-the-job/caseload#to-confirm";
    }

    @GetMapping("/apprenticeships/{id}/off-the-job/entries.csv")
    ResponseEntity<byte[]> entriesCsv(CurrentUser user, @PathVariable ApprenticeshipId id) {
        entries.visible(user, id);
        CsvTable csv = CsvTable.withColumns("date", "start", "end", "hours", "activity", "description", "ksbs",
                "source", "state", "rejection_reason", "reviewer_note", "employer_confirmed");
        long total = entries.count(user, id, null);
        for (int page = 0; (long) page * 1000 < total; page++) {
            for (Entry e : entries.page(user, id, null, page, 1000)) {
                csv.row(e.date(), e.startTime(), e.endTime(), e.hours(), e.activityName(), e.description(),
                        String.join(" ", e.ksbs()), e.source(), e.state().name(),
                        e.rejectionReason() == null ? null : e.rejectionReason().name(), e.reviewerNote(),
                        e.employerConfirmedAt() == null ? "no" : "yes");
            }
        }
        return CsvDownload.of("off-the-job-entries.csv", csv);
    }

    /** EntryState for templates. */
    static EntryState[] states() {
        return EntryState.values();
    }

    static String joined(List<String> parts) {
        return parts.stream().collect(Collectors.joining(", "));
    }
}
