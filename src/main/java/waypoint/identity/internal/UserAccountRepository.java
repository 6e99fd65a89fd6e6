package waypoint.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    @Query("SELECT * FROM user_account WHERE lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    @Query("""
            SELECT a.* FROM user_account a JOIN user_role r ON r.user_id = a.id
            WHERE r.role = :role AND a.status <> 'DISABLED' ORDER BY lower(a.display_name), a.id LIMIT 100""")
    java.util.List<UserAccount> findActiveWithRole(String role);
}
