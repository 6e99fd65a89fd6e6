package waypoint.organisation.web.api;

import java.net.URI;
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
import waypoint.organisation.EpaoDetails;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.epao.EpaoService;
import waypoint.organisation.internal.epao.EpaoView;

@RestController
@RequestMapping("/api/v1/epaos")
@Tag(name = "EPAOs", description = "End-point assessment organisations")
class EpaosApi {

    private final EpaoService epaos;

    EpaosApi(EpaoService epaos) {
        this.epaos = epaos;
    }

    @GetMapping
    @Operation(summary = "List EPAOs", description = "Search by name or EPAO ID; sort by name or epaoId (prefix - for descending).")
    ListResponse<EpaoView> list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return ListResponse.of(epaos.list(user, ListRequest.of(q, page, size, sort)));
    }

    @GetMapping("/{id}")
    EpaoView get(CurrentUser user, @PathVariable UUID id) {
        return epaos.view(user, id);
    }

    @PostMapping
    ResponseEntity<EpaoView> create(CurrentUser user, @RequestBody EpaoDetails details) {
        UUID id = epaos.create(user, details);
        return ResponseEntity.created(URI.create("/api/v1/epaos/" + id)).body(epaos.view(user, id));
    }

    @PutMapping("/{id}")
    EpaoView change(CurrentUser user, @PathVariable UUID id, @RequestBody EpaoDetails details) {
        epaos.change(user, id, details);
        return epaos.view(user, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable UUID id) {
        epaos.remove(user, id);
        return ResponseEntity.noContent().build();
    }
}
