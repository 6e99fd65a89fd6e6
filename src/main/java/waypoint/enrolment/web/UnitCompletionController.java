package waypoint.enrolment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipView;
import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;
import waypoint.enrolment.internal.apprenticeship.UnitAssessment;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * Staff who manage an apprenticeship unit record how it ended: the provider's test, passed, and the employer's
 * validation of it (docs/domain/programme-types.md). The aggregate refuses it for any other programme type.
 */
@Controller
class UnitCompletionController {

    private final ApprenticeshipQueries queries;
    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipAccess access;

    UnitCompletionController(ApprenticeshipQueries queries, ApprenticeshipLifecycle lifecycle,
            ApprenticeshipAccess access) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    @GetMapping("/apprenticeships/{id}/unit-completion")
    String form(CurrentUser user, @PathVariable UUID id, Model model) {
        ApprenticeshipView view = managed(user, id);
        return page(model, view, Map.of("version", String.valueOf(view.version())), Map.of());
    }

    @PostMapping("/apprenticeships/{id}/unit-completion")
    String save(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> posted, Model model) {
        ApprenticeshipView view = managed(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate passed = date(posted.get("passedOn"), "passedOn", errors);
        LocalDate validated = date(posted.get("validatedOn"), "validatedOn", errors);
        if (errors.isEmpty()) {
            try {
                Integer version = posted.get("version") == null ? null
                        : Integer.valueOf(posted.get("version").strip());
                lifecycle.completeUnit(user, id, new UnitAssessment(posted.get("test"), passed,
                        posted.get("validatedBy"), validated), version);
                return "redirect:/apprenticeships/" + id + "?changed=unit-completion";
            } catch (NumberFormatException wrong) {
                errors.put("form", "The page was out of date: send it again");
            } catch (FieldValidationException invalid) {
                errors.putAll(invalid.errors());
            } catch (TransitionRefusedException refused) {
                errors.put("form", refused.getMessage());
            } catch (OptimisticLockingFailureException meanwhile) {
                errors.put("form", "Someone else changed this apprenticeship while you were on this page: check it,"
                        + " then send this again if it is still right");
            }
        }
        return page(model, view, posted, errors);
    }

    private ApprenticeshipView managed(CurrentUser user, UUID id) {
        ApprenticeshipView view = queries.view(user, id);
        if (!access.canManage(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to change");
        }
        return view;
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateText.parse(text).orElseGet(() -> {
            errors.put(field, "Enter a real date, like 3 12 2026");
            return null;
        });
    }

    private static String page(Model model, ApprenticeshipView view, Map<String, String> typed,
            Map<String, String> errors) {
        model.addAttribute("a", view);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "enrolment/unit-completion";
    }
}
