package waypoint.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;

/** Keeps {@link ExternalAccessGrant}s and the apprenticeships a sample or named grant covers. */
@Repository
class ExternalGrantStore {

    private static final String COLUMNS = "id, account_id, person_name, email, organisation, kind, scope_kind,"
            + " scope_label, standard_reference, starts_on, ends_on, granted_by, granted_by_name, granted_at,"
            + " ended_at, ended_by_name, version";

    private final JdbcClient jdbc;

    ExternalGrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExternalAccessGrant grant) {
        jdbc.sql("INSERT INTO external_access_grant (" + COLUMNS + ") VALUES (:id, :account, :name, :email,"
                        + " :organisation, :kind, :scopeKind, :scopeLabel, :standard, :startsOn, :endsOn, :grantedBy,"
                        + " :grantedByName, :grantedAt, NULL, NULL, 0)")
                .param("id", grant.id()).param("account", grant.accountId()).param("name", grant.personName())
                .param("email", grant.email()).param("organisation", grant.organisation())
                .param("kind", grant.kind().name()).param("scopeKind", grant.scope().kind().name())
                .param("scopeLabel", grant.scope().label()).param("standard", grant.scope().standardReference())
                .param("startsOn", grant.startsOn()).param("endsOn", grant.endsOn())
                .param("grantedBy", grant.grantedBy()).param("grantedByName", grant.grantedByName())
                .param("grantedAt", Timestamp.from(grant.grantedAt())).update();
        for (UUID apprenticeship : grant.scope().apprenticeshipIds()) {
            jdbc.sql("INSERT INTO external_access_grant_apprenticeship (grant_id, apprenticeship_id) VALUES (:g, :a)")
                    .param("g", grant.id()).param("a", apprenticeship).update();
        }
    }

    /** Saves the grant's early end, checking nobody changed it since it was read. */
    void saveEnd(ExternalAccessGrant grant) {
        int updated = jdbc.sql("UPDATE external_access_grant SET ended_at = :at, ended_by_name = :by,"
                        + " version = version + 1 WHERE id = :id AND version = :version")
                .param("at", Timestamp.from(grant.endedAt())).param("by", grant.endedByName())
                .param("id", grant.id()).param("version", grant.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("External access grant " + grant.id() + " changed meanwhile");
        }
    }

    Optional<ExternalAccessGrant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM external_access_grant WHERE id = :id").param("id", id)
                .query(this::grant).optional();
    }

    /** Every grant an account holds, the latest first day first. */
    List<ExternalAccessGrant> ofAccount(UUID accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM external_access_grant WHERE account_id = :id"
                        + " ORDER BY starts_on DESC, granted_at DESC, id")
                .param("id", accountId).query(this::grant).list();
    }

    List<ExternalAccessGrant> newest(int offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM external_access_grant ORDER BY granted_at DESC, id"
                        + " LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", offset).query(this::grant).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM external_access_grant").query(Long.class).single();
    }

    private ExternalAccessGrant grant(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ExternalGrant.Scope.Kind scopeKind = ExternalGrant.Scope.Kind.valueOf(rs.getString("scope_kind"));
        Set<UUID> apprenticeships = scopeKind == ExternalGrant.Scope.Kind.STANDARD ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT apprenticeship_id FROM external_access_grant_apprenticeship"
                        + " WHERE grant_id = :id").param("id", id).query(UUID.class).list());
        return new ExternalAccessGrant(id, rs.getObject("account_id", UUID.class), rs.getString("person_name"),
                rs.getString("email"), rs.getString("organisation"), ExternalKind.valueOf(rs.getString("kind")),
                new ExternalGrant.Scope(scopeKind, rs.getString("scope_label"), rs.getString("standard_reference"),
                        apprenticeships),
                rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
                rs.getObject("granted_by", UUID.class), rs.getString("granted_by_name"),
                rs.getTimestamp("granted_at").toInstant(), instant(rs.getTimestamp("ended_at")),
                rs.getString("ended_by_name"), rs.getInt("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
