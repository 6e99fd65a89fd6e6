package waypoint.organisation.web.api;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.StaffDetails;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.staff.StaffService;
import waypoint.organisation.internal.staff.StaffView;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "The provider's staff and their roles")
class StaffApi {

    private final StaffService staff;

    StaffApi(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "List staff", description = "Search by name or email, optionally only one role; sort by name or email (prefix - for descending).")
    ListResponse<StaffView> list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Role role) {
        return ListResponse.of(staff.list(user, ListRequest.of(q, page, size, sort), role));
    }

    @GetMapping("/{id}")
    StaffView get(CurrentUser user, @PathVariable UUID id) {
        return staff.view(user, id);
    }

    @PostMapping
    @Operation(summary = "Add a staff member", description = "They get an account with the roles given and an invitation to sign in.")
    ResponseEntity<StaffView> create(CurrentUser user, @RequestBody StaffDetails details) {
        UUID id = staff.create(user, details);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(staff.view(user, id));
    }

    @PutMapping("/{id}")
    StaffView change(CurrentUser user, @PathVariable UUID id, @RequestBody StaffDetails details) {
        staff.change(user, id, details);
        return staff.view(user, id);
    }
}
