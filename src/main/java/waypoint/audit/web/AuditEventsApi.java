package waypoint.audit.web;

import java.util.List;

import jakarta.validation.Validator;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.audit.AuditCursor;
import waypoint.audit.AuditEntry;
import waypoint.audit.AuditPage;
import waypoint.audit.AuditTrail;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FormChecks;

@RestController
@Tag(name = "Audit trail")
class AuditEventsApi {

    private final AuditTrail trail;
    private final Validator validator;

    AuditEventsApi(AuditTrail trail, Validator validator) {
        this.trail = trail;
        this.validator = validator;
    }

    /** A page of entries, newest first; {@code older} is the {@code before} value for the next page, when there is one. */
    record AuditEventsResponse(List<AuditEntry> entries, String older) {
    }

    @GetMapping("/api/v1/audit-events")
    @Operation(summary = "Read the audit trail (administrators only)",
            description = "Newest first, 25 at a time. Filters: recordType, recordId, action, actor (text in the name or "
                    + "email), from and to (YYYY-MM-DD, Europe/London days, both included). Pass the response's 'older' "
                    + "as 'before' for the next page.")
    AuditEventsResponse auditEvents(@ParameterObject AuditSearchForm filters, CurrentUser user) {
        trail.requireReader(user);
        FormChecks.require(validator, filters);
        AuditPage page = trail.search(user, filters.toSearch());
        return new AuditEventsResponse(page.entries(), page.older().map(AuditCursor::toString).orElse(null));
    }
}
