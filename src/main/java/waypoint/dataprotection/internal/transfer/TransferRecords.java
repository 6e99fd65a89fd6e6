package waypoint.dataprotection.internal.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;

/**
 * The transfer packs made here and brought in here (docs/domain/transfer-pack.md), read by an administrator or the
 * data protection officer; the record of a pack brought in is also the learner's own to read.
 */
@Service
public class TransferRecords {

    public record Made(UUID id, String learnerName, String recipient, LocalDate agreementGivenOn,
            TransferPackExport.AgreementHow how, String note, String exportedByName, Instant exportedAt) {
    }

    public record BroughtIn(UUID id, UUID learnerId, String learnerName, String previousProvider,
            String packExportedAt, String importedByName, Instant importedAt, String summary) {
    }

    /**
     * What the previous provider recorded that has no place of its own here: a sign-off (and, for packs brought in
     * before reviews became reviews with a previous provider, a review).
     */
    public record Kept(ApprenticeshipId apprenticeshipId, String kind, String heading, Map<String, String> fields) {
    }

    private final JdbcClient jdbc;

    TransferRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean mayRead(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);
    }

    @Transactional(readOnly = true)
    public List<Made> made(CurrentUser user) {
        requireReader(user);
        return jdbc.sql("SELECT * FROM transfer_pack_export ORDER BY exported_at DESC, id LIMIT 200")
                .query((rs, n) -> new Made(rs.getObject("id", UUID.class), rs.getString("learner_name"),
                        rs.getString("recipient"), rs.getObject("agreement_given_on", LocalDate.class),
                        TransferPackExport.AgreementHow.valueOf(rs.getString("agreement_how")),
                        rs.getString("agreement_note"), rs.getString("exported_by_name"),
                        rs.getTimestamp("exported_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public List<BroughtIn> broughtIn(CurrentUser user) {
        requireReader(user);
        return jdbc.sql("SELECT * FROM transfer_pack_import ORDER BY imported_at DESC, id LIMIT 200")
                .query((rs, n) -> broughtIn(rs)).list();
    }

    /** One pack brought in, for staff who read transfers or the learner it brought in. */
    @Transactional(readOnly = true)
    public BroughtIn broughtIn(CurrentUser user, UUID id) {
        BroughtIn found = jdbc.sql("SELECT * FROM transfer_pack_import WHERE id = :id").param("id", id)
                .query((rs, n) -> broughtIn(rs)).optional()
                .orElseThrow(() -> new NotFoundException("No such transfer"));
        if (!mayRead(user) && !isTheLearner(user, found.learnerId())) {
            throw new AccessDeniedException("This record is not yours to read");
        }
        return found;
    }

    @Transactional(readOnly = true)
    public List<Kept> kept(CurrentUser user, UUID id) {
        broughtIn(user, id);
        return jdbc.sql("SELECT * FROM transfer_pack_record WHERE import_id = :id ORDER BY kind DESC, position")
                .param("id", id).query((rs, n) -> new Kept(
                        new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                        rs.getString("kind"), rs.getString("heading"),
                        TransferPackExport.JSON.readValue(rs.getString("fields"),
                                new TypeReference<LinkedHashMap<String, String>>() { })))
                .list();
    }

    /** The apprenticeships of the learner a pack brought in, for someone who may read it. */
    @Transactional(readOnly = true)
    public List<ApprenticeshipId> apprenticeships(CurrentUser user, UUID id) {
        BroughtIn transfer = broughtIn(user, id);
        return jdbc.sql("SELECT id FROM enrolment.apprenticeship WHERE learner_id = :l ORDER BY start_date, id")
                .param("l", transfer.learnerId())
                .query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list();
    }

    private boolean isTheLearner(CurrentUser user, UUID learnerId) {
        return user != null && user.has(Role.LEARNER) && jdbc.sql("SELECT count(*) FROM organisation.learner"
                + " WHERE id = :l AND account_id = :a").param("l", learnerId).param("a", user.id())
                .query(Long.class).single() > 0;
    }

    private static void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("Transfer packs are for administrators and the data protection officer");
        }
    }

    private static BroughtIn broughtIn(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BroughtIn(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getString("learner_name"), rs.getString("previous_provider"), rs.getString("pack_exported_at"),
                rs.getString("imported_by_name"), rs.getTimestamp("imported_at").toInstant(),
                rs.getString("summary"));
    }
}
