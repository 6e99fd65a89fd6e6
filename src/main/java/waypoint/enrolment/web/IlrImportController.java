package waypoint.enrolment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import waypoint.enrolment.internal.apprenticeship.Choices;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Outcome;
import waypoint.identity.CurrentUser;
import waypoint.shared.files.FileStore;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Bringing apprentices in from another system's ILR file (docs/domain/ilr-import.md): upload the file with the tutor
 * and weekly hours of the apprentices it brings in; every problem is listed per learner and nothing is imported; then
 * "Import N apprentices" imports the same file, checked again in full. The uploaded file is kept between the two
 * steps, and only the person who uploaded it may import it.
 */
@Controller
@RequestMapping("/ilr/import")
class IlrImportController {

    private static final String KEPT = IlrImportController.class.getName() + ".uploads";

    private final IlrApprenticeshipImport ilr;
    private final Choices choices;
    private final FileStore files;
    private final Validator validator;

    IlrImportController(IlrApprenticeshipImport ilr, Choices choices, FileStore files, Validator validator) {
        this.ilr = ilr;
        this.choices = choices;
        this.files = files;
        this.validator = validator;
    }

    @GetMapping
    String page(CurrentUser user, @RequestParam(required = false) String refused, Model model) {
        require(user);
        form(model, null, null, null, null);
        if ("too-large".equals(refused)) {
            model.addAttribute("errors", Map.of("file", IlrImportLimit.TOO_LARGE));
        }
        return "enrolment/ilr-import";
    }

    /** Checks an uploaded file: every problem, or the go-ahead to import it. */
    @PostMapping
    String check(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String weeklyHours,
            @RequestParam(required = false) String breakExpectedReturn,
            @RequestParam(required = false) String learnerHours, HttpSession session, Model model)
            throws IOException {
        require(user);
        IlrImportForm form = new IlrImportForm(file, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        form(model, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        IlrApprenticeshipImport.Chosen chosen;
        try {
            FormChecks.require(validator, form, IlrImportForm.Checking.class);
            if (file.getSize() > IlrImportLimit.MOST_BYTES) {
                throw new FieldValidationException("file", IlrImportLimit.TOO_LARGE);
            }
            chosen = chosen(form);
        } catch (FieldValidationException invalid) {
            model.addAttribute("errors", invalid.errors());
            return "enrolment/ilr-import";
        }
        String kept;
        try (InputStream in = file.getInputStream()) {
            kept = files.put(in);
        }
        Outcome outcome = withFile(kept, path -> ilr.check(user, path, chosen));
        model.addAttribute("outcome", outcome);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (outcome.isValid() && outcome.apprentices() > 0) {
            keep(session, kept);
            model.addAttribute("upload", kept);
        } else {
            files.delete(kept);
        }
        return "enrolment/ilr-import";
    }

    @PostMapping("/confirm")
    String importAll(CurrentUser user, @RequestParam(required = false) String upload,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String weeklyHours,
            @RequestParam(required = false) String breakExpectedReturn,
            @RequestParam(required = false) String learnerHours, HttpSession session, Model model)
            throws IOException {
        require(user);
        IlrImportForm form = new IlrImportForm(null, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        form(model, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        IlrApprenticeshipImport.Chosen chosen;
        try {
            if (upload == null || !kept(session).contains(upload)) {
                throw new FieldValidationException("file", "Upload the file again: it was checked too long ago or by"
                        + " someone else");
            }
            FormChecks.require(validator, form);
            chosen = chosen(form);
        } catch (FieldValidationException invalid) {
            model.addAttribute("errors", invalid.errors());
            return "enrolment/ilr-import";
        }
        Outcome outcome = withFile(upload, path -> ilr.importAll(user, path, chosen));
        model.addAttribute("outcome", outcome);
        if (outcome.imported()) {
            forget(session, upload);
            files.delete(upload);
        } else if (outcome.isValid()) {
            model.addAttribute("upload", upload);
        }
        return "enrolment/ilr-import";
    }

    private void form(Model model, String tutor, String weeklyHours, String breakExpectedReturn,
            String learnerHours) {
        model.addAttribute("learnerHours", learnerHours);
        model.addAttribute("tutors", choices.tutors());
        model.addAttribute("tutor", tutor);
        model.addAttribute("weeklyHours", weeklyHours);
        model.addAttribute("breakExpectedReturn", breakExpectedReturn);
    }

    /**
     * The tutor, one of the provider's, and the weekly hours for every apprentice of the file, and the expected
     * return of those on a break (when given), from a form already checked.
     */
    private IlrApprenticeshipImport.Chosen chosen(IlrImportForm form) {
        String tutor = form.tutor().strip();
        if (choices.tutors().stream().noneMatch(t -> t.value().equals(tutor))) {
            throw new FieldValidationException("tutor", IlrImportForm.TUTOR);
        }
        return new IlrApprenticeshipImport.Chosen(UUID.fromString(tutor), form.hours(), form.expectedReturn(),
                IlrImportForm.hoursByLearner(form.learnerHours()));
    }

    private Outcome withFile(String kept, java.util.function.Function<Path, Outcome> work) throws IOException {
        Path path = Files.createTempFile("ilr-import-", ".xml");
        try (InputStream in = files.open(kept)) {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            return work.apply(path);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(path);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> kept(HttpSession session) {
        Object kept = session.getAttribute(KEPT);
        return kept instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    private static void keep(HttpSession session, String upload) {
        Set<String> kept = new HashSet<>(kept(session));
        kept.add(upload);
        session.setAttribute(KEPT, kept);
    }

    private static void forget(HttpSession session, String upload) {
        Set<String> kept = new HashSet<>(kept(session));
        kept.remove(upload);
        session.setAttribute(KEPT, kept);
    }

    private void require(CurrentUser user) {
        if (!ilr.mayImport(user)) {
            throw new AccessDeniedException("Bringing apprentices in from an ILR file is for administrators and the"
                    + " data officer");
        }
    }
}
