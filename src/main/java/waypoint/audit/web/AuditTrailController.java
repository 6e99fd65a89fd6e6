package waypoint.audit.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.audit.AuditCursor;
import waypoint.audit.AuditPage;
import waypoint.audit.AuditSearch;
import waypoint.audit.AuditTrail;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** The administrator's audit trail page: filters, newest first, and an "Older entries" link (keyset pagination). */
@Controller
class AuditTrailController {

    private static final String PATH = "/admin/audit";

    private final AuditTrail trail;
    private final Clock clock;
    private final Validator validator;

    AuditTrailController(AuditTrail trail, Clock clock, Validator validator) {
        this.trail = trail;
        this.clock = clock;
        this.validator = validator;
    }

    @GetMapping(PATH)
    String trail(@ModelAttribute("filters") AuditSearchForm filters, BindingResult result, CurrentUser user, Model model) {
        trail.requireReader(user);
        try {
            if (FormChecks.check(validator, result)) {
                AuditPage page = trail.search(user, filters.toSearch());
                model.addAttribute("rows", page.entries().stream().map(e -> AuditRow.of(e, clock.getZone()))
                        .toList());
                page.older().ifPresent(cursor -> model.addAttribute("olderUrl", url(filters, cursor)));
                if (filters.before() != null && !filters.before().isBlank()) {
                    model.addAttribute("newestUrl", url(filters, null));
                }
            }
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        }
        model.addAttribute("actions", actions());
        return "audit/trail";
    }

    /** The same filters, from another place in the trail (or from the newest when the cursor is null). */
    private static String url(AuditSearchForm filters, AuditCursor before) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
        add(url, "recordType", filters.recordType());
        add(url, "recordId", filters.recordId());
        add(url, "action", filters.action());
        add(url, "actor", filters.actor());
        add(url, "from", filters.from());
        add(url, "to", filters.to());
        if (before != null) {
            url.queryParam("before", before.toString());
        }
        return url.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value);
        }
    }

    private static Map<String, String> actions() {
        Map<String, String> actions = new LinkedHashMap<>();
        AuditSearch.ACTIONS.forEach(action -> actions.put(action, AuditRow.label(action)));
        return actions;
    }
}
