package waypoint.organisation.web.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import waypoint.organisation.ContactDetails;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.employer.ContactService;
import waypoint.organisation.internal.employer.ContactView;
import waypoint.organisation.internal.employer.EmployerRow;
import waypoint.organisation.internal.employer.EmployerService;
import waypoint.organisation.internal.employer.EmployerView;
import waypoint.organisation.EmployerId;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers", description = "Employers and their contacts (line managers)")
class EmployersApi {

    private final EmployerService employers;
    private final ContactService contacts;

    EmployersApi(EmployerService employers, ContactService contacts) {
        this.employers = employers;
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "List employers", description = "Search by name or postcode; sort by name, town or funding (prefix - for descending).")
    ListResponse<EmployerRow> list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return ListResponse.of(employers.list(user, ListRequest.of(q, page, size, sort)));
    }

    @GetMapping("/{id}")
    EmployerView get(CurrentUser user, @PathVariable EmployerId id) {
        return employers.view(user, id);
    }

    @PostMapping
    ResponseEntity<EmployerView> create(CurrentUser user, @RequestBody EmployerDetails details) {
        EmployerId id = employers.create(user, details);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + id)).body(employers.view(user, id));
    }

    @PutMapping("/{id}")
    EmployerView change(CurrentUser user, @PathVariable EmployerId id, @RequestBody EmployerDetails details) {
        employers.change(user, id, details);
        return employers.view(user, id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an employer", description = "Refused with 409 while the employer has apprentices.")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable EmployerId id) {
        employers.remove(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/contacts")
    List<ContactView> contacts(CurrentUser user, @PathVariable EmployerId id) {
        return contacts.list(user, id);
    }

    @GetMapping("/{id}/contacts/{contactId}")
    ContactView contact(CurrentUser user, @PathVariable EmployerId id, @PathVariable UUID contactId) {
        return contacts.view(user, id, contactId);
    }

    @PostMapping("/{id}/contacts")
    @Operation(summary = "Add a contact", description = "The contact gets an account and an invitation to sign in.")
    ResponseEntity<ContactView> addContact(CurrentUser user, @PathVariable EmployerId id,
            @RequestBody ContactDetails details) {
        UUID contactId = contacts.add(user, id, details);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + id + "/contacts/" + contactId))
                .body(contacts.view(user, id, contactId));
    }

    @PutMapping("/{id}/contacts/{contactId}")
    ContactView changeContact(CurrentUser user, @PathVariable EmployerId id, @PathVariable UUID contactId,
            @RequestBody ContactDetails details) {
        contacts.change(user, id, contactId, details);
        return contacts.view(user, id, contactId);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Remove a contact", description = "Refused with 409 while they are a learner's line manager.")
    ResponseEntity<Void> removeContact(CurrentUser user, @PathVariable EmployerId id, @PathVariable UUID contactId) {
        contacts.remove(user, id, contactId);
        return ResponseEntity.noContent().build();
    }
}
