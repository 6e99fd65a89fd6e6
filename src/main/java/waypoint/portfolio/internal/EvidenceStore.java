package waypoint.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;

/**
 * Evidence, its versions, claims and assessment decisions in SQL; a page of items reads its claims in one query. The
 * writes are package-private and serve {@link EvidenceRepository} alone: they write what an {@link EvidenceItem} holds.
 */
@Repository
public class EvidenceStore {

    private static final String COLUMNS = "e.id, e.apprenticeship_id, e.title, e.description, e.evidence_date,"
            + " e.evidence_type, e.form, e.state, e.current_number, e.in_showcase, e.added_by, e.created_at,"
            + " e.updated_at, e.lock_version";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new item as the aggregate holds it; its versions and claims follow. */
    void insert(Evidence e) {
        jdbc.sql("""
                INSERT INTO portfolio_evidence (id, apprenticeship_id, title, description, evidence_date, evidence_type,
                    form, state, current_number, in_showcase, added_by, created_at, updated_at)
                VALUES (:id, :a, :title, :description, :date, :type, :form, :state, :n, :showcase, :by, :at,
                    :updated)""")
                .param("id", e.id()).param("a", e.apprenticeshipId()).param("title", e.title())
                .param("description", e.description()).param("date", e.date()).param("type", e.type().name())
                .param("form", e.form().name()).param("state", e.state().name()).param("n", e.currentNumber())
                .param("showcase", e.inShowcase()).param("by", e.addedBy())
                .param("at", Timestamp.from(e.createdAt())).param("updated", Timestamp.from(e.updatedAt())).update();
    }

    /**
     * Writes the item as the aggregate now holds it, if nobody changed it since {@code expectedLock} was read (false
     * when someone did: nothing is written). A step that changed the item counts as a change for the next one.
     */
    boolean update(Evidence e, int expectedLock, boolean changed) {
        return jdbc.sql("""
                UPDATE portfolio_evidence SET title = :title, description = :description, evidence_date = :date,
                    evidence_type = :type, state = :state, current_number = :n, in_showcase = :showcase,
                    updated_at = :updated, lock_version = lock_version + :bump
                WHERE id = :id AND lock_version = :lock""")
                .param("title", e.title()).param("description", e.description()).param("date", e.date())
                .param("type", e.type().name()).param("state", e.state().name()).param("n", e.currentNumber())
                .param("showcase", e.inShowcase()).param("updated", Timestamp.from(e.updatedAt()))
                .param("bump", changed ? 1 : 0).param("id", e.id()).param("lock", expectedLock).update() == 1;
    }

    void insertVersion(EvidenceVersion v) {
        jdbc.sql("""
                INSERT INTO portfolio_evidence_version (evidence_id, number, body, link, file_id, file_name, media_type,
                    file_size, sha256, scan, note, submitted_by, submitted_at)
                VALUES (:e, :n, :body, :link, :file, :name, :type, :size, :sha, :scan, :note, :by, :at)""")
                .param("e", v.evidenceId()).param("n", v.number()).param("body", v.body()).param("link", v.link())
                .param("file", v.fileId()).param("name", v.fileName()).param("type", v.mediaType())
                .param("size", v.fileSize()).param("sha", v.sha256()).param("scan", v.scan().name())
                .param("note", v.note()).param("by", v.submittedBy()).param("at", Timestamp.from(v.submittedAt()))
                .update();
    }

    /** The scan result the aggregate holds for one of its versions. */
    void writeScan(UUID evidenceId, int number, Scan scan) {
        jdbc.sql("UPDATE portfolio_evidence_version SET scan = :scan WHERE evidence_id = :e AND number = :n")
                .param("scan", scan.name()).param("e", evidenceId).param("n", number).update();
    }

    /** The claims as the aggregate holds them, with their decisions and feedback; KSBs no longer claimed go. */
    void writeClaims(UUID evidenceId, ApprenticeshipId apprenticeshipId, List<Evidence.Claim> claims) {
        jdbc.sql("DELETE FROM portfolio_claim WHERE evidence_id = :e AND NOT (ksb_code = ANY(:codes))")
                .param("e", evidenceId).param("codes", claims.stream().map(Evidence.Claim::ksbCode)
                        .toArray(String[]::new)).update();
        for (Evidence.Claim c : claims) {
            jdbc.sql("""
                    INSERT INTO portfolio_claim (evidence_id, apprenticeship_id, ksb_code, decision, feedback)
                    VALUES (:e, :a, :code, :d, :f)
                    ON CONFLICT (evidence_id, ksb_code) DO UPDATE SET decision = EXCLUDED.decision,
                        feedback = EXCLUDED.feedback""")
                    .param("e", evidenceId).param("a", apprenticeshipId).param("code", c.ksbCode())
                    .param("d", c.decision().name()).param("f", c.feedback()).update();
        }
    }

    public Optional<Evidence> find(ApprenticeshipId apprenticeshipId, UUID id) {
        return withClaims(jdbc.sql("SELECT " + COLUMNS + " FROM portfolio_evidence e WHERE e.id = :id"
                        + " AND e.apprenticeship_id = :a").param("id", id).param("a", apprenticeshipId)
                .query(EvidenceStore::evidence).list()).stream().findFirst();
    }

    public List<Evidence> page(ApprenticeshipId apprenticeshipId, EvidenceState state, boolean showcaseOnly, int page,
            int size) {
        return withClaims(jdbc.sql("SELECT " + COLUMNS + " FROM portfolio_evidence e WHERE e.apprenticeship_id = :a"
                        + (state == null ? "" : " AND e.state = :state") + (showcaseOnly ? " AND e.in_showcase" : "")
                        + " ORDER BY e.evidence_date DESC, e.id DESC LIMIT :size OFFSET :offset")
                .param("a", apprenticeshipId).param("state", state == null ? null : state.name())
                .param("size", size).param("offset", (long) page * size).query(EvidenceStore::evidence).list());
    }

    public long count(ApprenticeshipId apprenticeshipId, EvidenceState state, boolean showcaseOnly) {
        return jdbc.sql("SELECT count(*) FROM portfolio_evidence e WHERE e.apprenticeship_id = :a"
                        + (state == null ? "" : " AND e.state = :state") + (showcaseOnly ? " AND e.in_showcase" : ""))
                .param("a", apprenticeshipId).param("state", state == null ? null : state.name())
                .query(Long.class).single();
    }

    /** Evidence waiting for assessment on the apprenticeships in scope, oldest first, with the learner's name. */
    public record Waiting(Evidence evidence, String learnerName) {
    }

    public List<Waiting> waiting(ApprenticeshipScope scope, int page, int size) {
        Map<UUID, String> names = new HashMap<>();
        List<Evidence> items = withClaims(jdbc.sql("SELECT " + COLUMNS + ", l.full_name FROM portfolio_evidence e"
                        + " JOIN enrolment.apprenticeship a ON a.id = e.apprenticeship_id"
                        + " JOIN organisation.learner l ON l.id = a.learner_id"
                        + " WHERE e.state = 'SUBMITTED' AND " + scope.sqlCondition()
                        + " ORDER BY e.updated_at, e.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    Evidence e = evidence(rs, n);
                    names.put(e.id(), rs.getString("full_name"));
                    return e;
                }).list());
        return items.stream().map(e -> new Waiting(e, names.get(e.id()))).toList();
    }

    /**
     * How many wait in the scope. A provider-wide person's count is every item waiting: the total the database keeps
     * beside the items (docs/adr/0014; counting the 300,000 waiting took 50 ms or more; docs/domain/portfolio.md,
     * "Lists at scale").
     */
    public long countWaiting(ApprenticeshipScope scope) {
        if (scope.kind() == ApprenticeshipScope.Kind.EVERYONE) {
            return jdbc.sql("SELECT coalesce((SELECT items FROM portfolio_evidence_totals WHERE state = 'SUBMITTED'), 0)")
                    .query(Long.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM portfolio_evidence e JOIN enrolment.apprenticeship a ON a.id = e.apprenticeship_id"
                + " WHERE e.state = 'SUBMITTED' AND " + scope.sqlCondition()).params(scope.sqlParameters())
                .query(Long.class).single();
    }

    public List<EvidenceVersion> versions(UUID evidenceId) {
        return jdbc.sql("SELECT * FROM portfolio_evidence_version WHERE evidence_id = :e ORDER BY number DESC")
                .param("e", evidenceId).query(EvidenceStore::version).list();
    }

    public Optional<EvidenceVersion> version(UUID evidenceId, int number) {
        return jdbc.sql("SELECT * FROM portfolio_evidence_version WHERE evidence_id = :e AND number = :n")
                .param("e", evidenceId).param("n", number).query(EvidenceStore::version).optional();
    }

    void recordAssessment(UUID evidenceId, ApprenticeshipId apprenticeshipId, int number, String code,
            ClaimDecision decision, String feedback, UUID assessor, Instant at) {
        jdbc.sql("""
                INSERT INTO portfolio_assessment (id, evidence_id, apprenticeship_id, evidence_number, ksb_code,
                    decision, feedback, assessor_id, decided_at)
                VALUES (:id, :e, :a, :n, :code, :d, :f, :by, :at)""")
                .param("id", UUID.randomUUID()).param("e", evidenceId).param("a", apprenticeshipId)
                .param("n", number).param("code", code).param("d", decision.name()).param("f", feedback)
                .param("by", assessor).param("at", Timestamp.from(at)).update();
    }

    public boolean hasAcceptedClaim(ApprenticeshipId apprenticeshipId, String code) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM portfolio_claim c JOIN portfolio_evidence e ON e.id = c.evidence_id
                    WHERE c.apprenticeship_id = :a AND c.ksb_code = :code AND c.decision = 'ACCEPTED'
                      AND e.state IN ('ACCEPTED', 'SIGNED_OFF'))""")
                .param("a", apprenticeshipId).param("code", code).query(Boolean.class).single();
    }

    public boolean signedOff(ApprenticeshipId apprenticeshipId, String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portfolio_ksb_sign_off WHERE apprenticeship_id = :a"
                + " AND ksb_code = :code)").param("a", apprenticeshipId).param("code", code)
                .query(Boolean.class).single();
    }

    /** Records the KSB's sign-off; the claims on it lock (see {@link Evidence.Claim#signedOff()}). */
    void recordSignOff(ApprenticeshipId apprenticeshipId, String code, UUID by, Instant at) {
        jdbc.sql("INSERT INTO portfolio_ksb_sign_off (apprenticeship_id, ksb_code, signed_off_by, signed_off_at)"
                        + " VALUES (:a, :code, :by, :at) ON CONFLICT DO NOTHING")
                .param("a", apprenticeshipId).param("code", code).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** The KSBs of the apprenticeship signed off so far. */
    public java.util.Set<String> signedOffCodes(ApprenticeshipId apprenticeshipId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT ksb_code FROM portfolio_ksb_sign_off"
                        + " WHERE apprenticeship_id = :a").param("a", apprenticeshipId).query(String.class).list());
    }

    /** Accepted items of the apprenticeship with an accepted claim on the KSB: signing it off may lock them whole. */
    public List<Evidence> acceptedClaiming(ApprenticeshipId apprenticeshipId, String code) {
        return withClaims(jdbc.sql("SELECT " + COLUMNS + " FROM portfolio_evidence e WHERE e.apprenticeship_id = :a"
                        + " AND e.state = 'ACCEPTED' AND EXISTS (SELECT 1 FROM portfolio_claim c WHERE"
                        + " c.evidence_id = e.id AND c.ksb_code = :code AND c.decision = 'ACCEPTED')"
                        + " ORDER BY e.created_at, e.id")
                .param("a", apprenticeshipId).param("code", code).query(EvidenceStore::evidence).list());
    }

    private List<Evidence> withClaims(List<Evidence> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<Evidence.Claim>> claims = new HashMap<>();
        jdbc.sql("SELECT c.evidence_id, c.ksb_code, c.decision, c.feedback, s.ksb_code IS NOT NULL AS signed_off"
                        + " FROM portfolio_claim c LEFT JOIN portfolio_ksb_sign_off s"
                        + " ON s.apprenticeship_id = c.apprenticeship_id AND s.ksb_code = c.ksb_code"
                        + " AND c.decision = 'ACCEPTED' WHERE c.evidence_id = ANY(:ids)"
                        + " ORDER BY c.evidence_id, substr(c.ksb_code, 1, 1), length(c.ksb_code), c.ksb_code")
                .param("ids", items.stream().map(Evidence::id).toArray(UUID[]::new))
                .query(rs -> {
                    claims.computeIfAbsent(rs.getObject("evidence_id", UUID.class), k -> new ArrayList<>())
                            .add(new Evidence.Claim(rs.getString("ksb_code"),
                                    ClaimDecision.valueOf(rs.getString("decision")), rs.getString("feedback"),
                                    rs.getBoolean("signed_off")));
                });
        return items.stream().map(e -> new Evidence(e.id(), e.apprenticeshipId(), e.title(), e.description(),
                e.date(), e.type(), e.form(), e.state(), e.currentNumber(), e.inShowcase(), e.addedBy(),
                e.createdAt(), e.updatedAt(), e.lockVersion(), claims.getOrDefault(e.id(), List.of()))).toList();
    }

    static Evidence evidence(ResultSet rs, int n) throws SQLException {
        return new Evidence(rs.getObject("id", UUID.class), new ApprenticeshipId(rs.getObject("apprenticeship_id",
                UUID.class)),
                rs.getString("title"), rs.getString("description"), rs.getObject("evidence_date", java.time.LocalDate.class),
                EvidenceType.valueOf(rs.getString("evidence_type")), EvidenceForm.valueOf(rs.getString("form")),
                EvidenceState.valueOf(rs.getString("state")), rs.getInt("current_number"),
                rs.getBoolean("in_showcase"), rs.getObject("added_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("lock_version"), List.of());
    }

    static EvidenceVersion version(ResultSet rs, int n) throws SQLException {
        Long size = rs.getObject("file_size", Long.class);
        return new EvidenceVersion(rs.getObject("evidence_id", UUID.class), rs.getInt("number"), rs.getString("body"),
                rs.getString("link"), rs.getString("file_id"), rs.getString("file_name"), rs.getString("media_type"),
                size, rs.getString("sha256"), Scan.valueOf(rs.getString("scan")),
                rs.getString("note"), rs.getObject("submitted_by", UUID.class),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
