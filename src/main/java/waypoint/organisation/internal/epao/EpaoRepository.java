package waypoint.organisation.internal.epao;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EpaoRepository extends ListCrudRepository<Epao, UUID> {

    @Query("SELECT * FROM epao WHERE epao_id = :epaoId")
    Optional<Epao> findByEpaoId(String epaoId);
}
