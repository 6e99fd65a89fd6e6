package waypoint.organisation.internal.employer;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EmployerRepository extends ListCrudRepository<Employer, UUID> {

    @Query("SELECT * FROM employer WHERE lower(name) = lower(:name) ORDER BY created_at LIMIT 1")
    Optional<Employer> findByName(String name);

    @Query("SELECT * FROM employer WHERE employer_reference_number = :reference ORDER BY created_at LIMIT 1")
    Optional<Employer> findByReferenceNumber(String reference);
}
