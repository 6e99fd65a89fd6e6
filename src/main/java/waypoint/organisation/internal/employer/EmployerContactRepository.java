package waypoint.organisation.internal.employer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EmployerContactRepository extends ListCrudRepository<EmployerContact, UUID> {

    @Query("SELECT * FROM employer_contact WHERE employer_id = :employerId ORDER BY lower(name), id LIMIT 500")
    List<EmployerContact> findByEmployer(UUID employerId);

    @Query("SELECT * FROM employer_contact WHERE lower(email) = lower(:email)")
    Optional<EmployerContact> findByEmail(String email);
}
