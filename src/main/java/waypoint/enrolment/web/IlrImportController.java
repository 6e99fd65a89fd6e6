package waypoint.enrolment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

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

    IlrImportController(IlrApprenticeshipImport ilr, Choices choices, FileStore files) {
        this.ilr = ilr;
        this.choices = choices;
        this.files = files;
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("file", "Select the ILR file (XML) the other system exported");
        } else if (file.getSize() > IlrImportLimit.MOST_BYTES) {
            errors.put("file", IlrImportLimit.TOO_LARGE);
        }
        IlrApprenticeshipImport.Chosen chosen = choices(tutor, weeklyHours, breakExpectedReturn, learnerHours,
                errors);
        form(model, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
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
        Map<String, String> errors = new LinkedHashMap<>();
        IlrApprenticeshipImport.Chosen chosen = choices(tutor, weeklyHours, breakExpectedReturn, learnerHours,
                errors);
        form(model, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        if (upload == null || !kept(session).contains(upload)) {
            errors.put("file", "Upload the file again: it was checked too long ago or by someone else");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
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
     * The tutor and weekly hours for every apprentice of the file, and the expected return of those on a break (when
     * given), or what is wrong with them.
     */
    private IlrApprenticeshipImport.Chosen choices(String tutor, String weeklyHours, String breakExpectedReturn,
            String learnerHours, Map<String, String> errors) {
        UUID tutorId = null;
        try {
            tutorId = tutor == null || tutor.isBlank() ? null : UUID.fromString(tutor.strip());
        } catch (IllegalArgumentException notAnId) {
            // listed below
        }
        if (tutorId == null || choices.tutors().stream().noneMatch(t -> t.value().equals(tutor.strip()))) {
            errors.put("tutor", "Select the tutor of the apprentices the file brings in");
        }
        Map<String, BigDecimal> byLearner = hoursByLearner(learnerHours, errors);
        BigDecimal hours = hours(weeklyHours);
        if (hours == null && (weeklyHours != null && !weeklyHours.isBlank() || byLearner.isEmpty())) {
            errors.put("weeklyHours", "Enter their contracted weekly hours, like 30 or 37.5");
        }
        java.time.LocalDate expectedReturn = null;
        if (breakExpectedReturn != null && !breakExpectedReturn.isBlank()) {
            expectedReturn = waypoint.shared.web.DateText.parse(breakExpectedReturn).orElse(null);
            if (expectedReturn == null) {
                errors.put("breakExpectedReturn", "Enter the date apprentices on a break expect to return like"
                        + " 15 1 2027");
            }
        }
        return new IlrApprenticeshipImport.Chosen(tutorId, hours, expectedReturn, byLearner);
    }

    /**
     * Learners' own weekly hours, one learner a line: their learner reference number, then their hours
     * ({@code MIG0000101 37.5}); a line that cannot be read is an error naming it.
     */
    static Map<String, BigDecimal> hoursByLearner(String text, Map<String, String> errors) {
        Map<String, BigDecimal> byLearner = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return byLearner;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            BigDecimal hours = parts.length == 2 && parts[0].matches("[A-Za-z0-9 ]{1,12}") ? hours(parts[1]) : null;
            if (hours == null) {
                errors.putIfAbsent("learnerHours", "Line " + (i + 1) + " of the learners' own hours cannot be read:"
                        + " write the learner reference number, then their weekly hours, like MIG0000101 37.5");
                continue;
            }
            byLearner.put(parts[0], hours);
        }
        return byLearner;
    }

    static BigDecimal hours(String text) {
        try {
            BigDecimal hours = text == null || text.isBlank() ? null : new BigDecimal(text.strip());
            return hours != null && hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(168)) <= 0 ? hours
                    : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
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
