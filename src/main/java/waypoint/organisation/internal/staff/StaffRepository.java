package waypoint.organisation.internal.staff;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffRepository extends ListCrudRepository<StaffMember, UUID> {

    @Query("SELECT * FROM staff_member WHERE lower(email) = lower(:email)")
    Optional<StaffMember> findByEmail(String email);
}
