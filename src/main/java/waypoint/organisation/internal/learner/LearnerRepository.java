package waypoint.organisation.internal.learner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LearnerRepository extends ListCrudRepository<Learner, UUID> {

    @Query("SELECT * FROM learner WHERE lower(email) = lower(:email)")
    Optional<Learner> findByEmail(String email);

    @Query("SELECT id FROM learner WHERE learner_reference = :reference")
    Optional<UUID> findIdByReference(String reference);

    /**
     * Keeps the reference number another system gave the learner in its ILR returns, given once as the learner is
     * added (docs/domain/ilr.md, "The learner's facts"); the unique index refuses one in use.
     */
    @org.springframework.data.jdbc.repository.query.Modifying
    @Query("UPDATE learner SET learner_reference = :reference WHERE id = :id")
    int keepReference(UUID id, String reference);

    /** Waypoint's own numbers ("WP" and ten digits) never reach one a file brought in. */
    @Query("SELECT setval('learner_reference_seq', GREATEST(:number, (SELECT last_value FROM learner_reference_seq)))")
    long numberAfter(long number);

    @Query("SELECT * FROM learner WHERE uln = :uln AND uln <> '9999999999' LIMIT 1")
    Optional<Learner> findByUln(String uln);
}
