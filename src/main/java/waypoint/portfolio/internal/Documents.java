package waypoint.portfolio.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.web.FieldValidationException;

/**
 * Documents kept in the portfolio: CV, job description, certificates (such as English and maths exemption evidence),
 * contracts, recognised prior learning evidence; typed, with an expiry date where the type may expire. Read and added
 * by the learner and staff, not the employer.
 */
@Service
public class Documents {

    private final JdbcClient jdbc;
    private final PortfolioPolicy policy;
    private final PortfolioFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Documents(JdbcClient jdbc, PortfolioPolicy policy, PortfolioFiles files, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public record Document(UUID id, ApprenticeshipId apprenticeshipId, DocumentType type, String title,
            LocalDate expiresOn, String fileName, String mediaType, long size, Scan scan, Instant uploadedAt,
            String fileId) {

        public boolean expired(LocalDate today) {
            return expiresOn != null && expiresOn.isBefore(today);
        }
    }

    /**
     * A document of one of the kinds, with an expiry date only where the kind may expire, and its file. The form has
     * checked what was typed.
     */
    @Transactional
    public UUID add(CurrentUser user, ApprenticeshipId apprenticeshipId, DocumentType kind, String title,
            LocalDate expiry,
            Upload upload) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        if (expiry != null && !kind.mayExpire()) {
            throw new FieldValidationException("expiresOn", "A " + kind.words().toLowerCase() + " has no expiry date");
        }
        if (upload == null) {
            throw new FieldValidationException("file", "Choose a file");
        }
        PortfolioFiles.Kept kept = files.keep(upload.name(), upload.content(), FileKind.DOCUMENTS);
        UUID id = UUID.randomUUID();
        var f = kept.file();
        jdbc.sql("""
                INSERT INTO portfolio_document (id, apprenticeship_id, document_type, title, expires_on, file_id,
                    file_name, media_type, file_size, sha256, scan, uploaded_by, uploaded_at)
                VALUES (:id, :a, :type, :title, :expires, :file, :name, :media, :size, :sha, :scan, :by, :at)""")
                .param("id", id).param("a", a.id()).param("type", kind.name()).param("title", title.strip())
                .param("expires", expiry).param("file", f.fileId()).param("name", f.name())
                .param("media", f.mediaType()).param("size", f.size()).param("sha", f.sha256())
                .param("scan", kept.scan().name()).param("by", user.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(RecordChanged.created("PortfolioDocument", id, kind.words() + ": " + title.strip()));
        return id;
    }

    public List<Document> page(CurrentUser user, ApprenticeshipId apprenticeshipId, int page, int size) {
        policy.readable(user, apprenticeshipId);
        return jdbc.sql("SELECT * FROM portfolio_document WHERE apprenticeship_id = :a"
                        + " ORDER BY uploaded_at DESC, id LIMIT :size OFFSET :offset")
                .param("a", apprenticeshipId).param("size", size).param("offset", (long) page * size)
                .query(Documents::document).list();
    }

    public long count(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.readable(user, apprenticeshipId);
        return jdbc.sql("SELECT count(*) FROM portfolio_document WHERE apprenticeship_id = :a")
                .param("a", apprenticeshipId).query(Long.class).single();
    }

    public record Download(Document document, InputStream content) {
    }

    public Download download(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id) {
        policy.readable(user, apprenticeshipId);
        Document d = jdbc.sql("SELECT * FROM portfolio_document WHERE id = :id AND apprenticeship_id = :a")
                .param("id", id).param("a", apprenticeshipId).query(Documents::document).optional()
                .orElseThrow(() -> new NotFoundException("document"));
        if (d.scan() == Scan.QUARANTINED) {
            throw new EvidenceRefusedException("This file is quarantined: it failed the virus scan");
        }
        return new Download(d, files.open(d.fileId()));
    }

    private static Document document(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Document(rs.getObject("id", UUID.class),
                new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                DocumentType.valueOf(rs.getString("document_type")), rs.getString("title"),
                rs.getObject("expires_on", LocalDate.class), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("file_size"), Scan.valueOf(rs.getString("scan")),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("file_id"));
    }
}
