package waypoint.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    @Query("SELECT * FROM user_account WHERE lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);
}
