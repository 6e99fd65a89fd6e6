package waypoint.organisation.internal.learner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LearnerRepository extends ListCrudRepository<Learner, UUID> {

    @Query("SELECT * FROM learner WHERE lower(email) = lower(:email)")
    Optional<Learner> findByEmail(String email);

    @Query("SELECT * FROM learner WHERE uln = :uln AND uln <> '9999999999' LIMIT 1")
    Optional<Learner> findByUln(String uln);
}
