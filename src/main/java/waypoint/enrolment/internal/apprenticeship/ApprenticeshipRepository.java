package waypoint.enrolment.internal.apprenticeship;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ApprenticeshipRepository extends ListCrudRepository<Apprenticeship, UUID> {

    /** The apprenticeship an earlier submission of the same request made. */
    @Query("SELECT id FROM apprenticeship WHERE created_by = :account AND creation_key = :key")
    Optional<UUID> findIdByRequest(UUID account, String key);
}
