package waypoint.dataprotection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.dataprotection.RequestState;
import waypoint.shared.web.PageOf;

/** The subject_access_request table: a request is saved whole, checked against the version it was read at. */
@Repository
public class RequestStore {

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SubjectAccessRequest> find(UUID id) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE id = :id").param("id", id)
                .query(RequestStore::map).optional();
    }

    /** Open requests first, soonest deadline first; then answered ones, newest first. */
    public PageOf<SubjectAccessRequest> page(int number, int size) {
        long total = jdbc.sql("SELECT count(*) FROM subject_access_request").query(Long.class).single();
        List<SubjectAccessRequest> items = jdbc.sql("""
                SELECT * FROM subject_access_request
                ORDER BY CASE WHEN state IN ('RELEASED', 'REFUSED_IN_PART') THEN 1 ELSE 0 END,
                         CASE WHEN state IN ('RELEASED', 'REFUSED_IN_PART') THEN NULL ELSE due_on END,
                         received_on DESC, id
                LIMIT :size OFFSET :offset""").param("size", size).param("offset", (long) number * size)
                .query(RequestStore::map).list();
        return new PageOf<>(items, number, size, total);
    }

    public List<SubjectAccessRequest> ofLearner(UUID learnerId) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE learner_id = :learner ORDER BY received_on DESC, id")
                .param("learner", learnerId).query(RequestStore::map).list();
    }

    /** Open requests due on or before the day. */
    public List<SubjectAccessRequest> openDueBy(LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM subject_access_request
                WHERE state NOT IN ('RELEASED', 'REFUSED_IN_PART') AND due_on <= :day ORDER BY due_on, id""")
                .param("day", day).query(RequestStore::map).list();
    }

    public void insert(SubjectAccessRequest r) {
        jdbc.sql("""
                INSERT INTO subject_access_request (id, learner_id, learner_account_id, learner_name, channel,
                    request_words, received_on, due_on, extension_months, state, recorded_by, recorded_by_name,
                    recorded_at, version)
                VALUES (:id, :learnerId, :accountId, :learnerName, :channel, :words, :receivedOn, :dueOn, 0, :state,
                    :recordedBy, :recordedByName, :recordedAt, 0)""")
                .param("id", r.id()).param("learnerId", r.learnerId()).param("accountId", r.learnerAccountId())
                .param("learnerName", r.learnerName()).param("channel", r.channel().name())
                .param("words", r.requestWords().orElse(null)).param("receivedOn", r.receivedOn())
                .param("dueOn", r.dueOn()).param("state", r.state().name()).param("recordedBy", r.recordedBy())
                .param("recordedByName", r.recordedByName()).param("recordedAt", utc(r.recordedAt()))
                .update();
    }

    /** Saves the request as it now is; refuses when someone else changed it since it was read. */
    public void save(SubjectAccessRequest r) {
        int changed = jdbc.sql("""
                UPDATE subject_access_request SET due_on = :dueOn, extension_months = :months,
                    extension_reason = :extensionReason, state = :state, identity_note = :identityNote,
                    identity_checked_at = :identityAt, gathered_at = :gatheredAt, review = :review,
                    withheld = :withheld, refusal_reason = :refusal, decided_at = :decidedAt,
                    decided_by_name = :decidedBy, pack_file_id = :pack, pack_size = :packSize,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("dueOn", r.dueOn()).param("months", r.extensionMonths())
                .param("extensionReason", r.extensionReason().orElse(null)).param("state", r.state().name())
                .param("identityNote", r.identityNote().orElse(null))
                .param("identityAt", r.identityCheckedAt().map(RequestStore::utc).orElse(null))
                .param("gatheredAt", r.gatheredAt().map(RequestStore::utc).orElse(null))
                .param("review", r.review().orElse(null))
                .param("withheld", r.withheld().isEmpty() ? null : String.join(",", r.withheld()))
                .param("refusal", r.refusalReason().orElse(null))
                .param("decidedAt", r.decidedAt().map(RequestStore::utc).orElse(null))
                .param("decidedBy", r.decidedByName().orElse(null)).param("pack", r.packFileId().orElse(null))
                .param("packSize", r.packSize().orElse(null)).param("id", r.id()).param("version", r.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this request while you were looking at it: check it and try again");
        }
    }

    private static SubjectAccessRequest map(ResultSet rs, int row) throws SQLException {
        String withheld = rs.getString("withheld");
        return new SubjectAccessRequest(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getObject("learner_account_id", UUID.class), rs.getString("learner_name"),
                SubjectAccessRequest.Channel.valueOf(rs.getString("channel")), rs.getString("request_words"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("recorded_by", UUID.class),
                rs.getString("recorded_by_name"), instant(rs, "recorded_at"), rs.getInt("version"),
                RequestState.valueOf(rs.getString("state")), rs.getInt("extension_months"),
                rs.getString("extension_reason"), rs.getString("identity_note"), instant(rs, "identity_checked_at"),
                instant(rs, "gathered_at"), rs.getString("review"),
                withheld == null ? List.of() : Arrays.asList(withheld.split(",")), rs.getString("refusal_reason"),
                instant(rs, "decided_at"), rs.getString("decided_by_name"), rs.getString("pack_file_id"),
                (Long) rs.getObject("pack_size"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
