package waypoint.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.documents.DocumentKind;
import waypoint.documents.DocumentVersion;

/** The published versions, which are only ever added: no statement here changes or removes one. */
@Repository
public class DocumentStore {

    private static final String COLUMNS = """
            SELECT id, kind, number, published_at, published_by, published_by_name, change_summary, body, file_id,
                   file_name, media_type, file_size, sha256
            FROM provider_document_version""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<DocumentKind, DocumentVersion> currentOfEach() {
        Map<DocumentKind, DocumentVersion> out = new EnumMap<>(DocumentKind.class);
        jdbc.sql(COLUMNS + " v WHERE number = (SELECT max(number) FROM provider_document_version l WHERE l.kind = v.kind)")
                .query(DocumentStore::version).list().forEach(v -> out.put(v.kind(), v));
        return out;
    }

    public Optional<DocumentVersion> current(DocumentKind kind) {
        return jdbc.sql(COLUMNS + " WHERE kind = :kind ORDER BY number DESC LIMIT 1").param("kind", kind.name())
                .query(DocumentStore::version).optional();
    }

    public Optional<DocumentVersion> version(DocumentKind kind, int number) {
        return jdbc.sql(COLUMNS + " WHERE kind = :kind AND number = :number").param("kind", kind.name())
                .param("number", number).query(DocumentStore::version).optional();
    }

    public Optional<DocumentVersion> byId(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(DocumentStore::version).optional();
    }

    public List<DocumentVersion> history(DocumentKind kind) {
        return jdbc.sql(COLUMNS + " WHERE kind = :kind ORDER BY number DESC").param("kind", kind.name())
                .query(DocumentStore::version).list();
    }

    /** The next version's number, with the document locked until the transaction ends so two publishers queue. */
    public int nextNumber(DocumentKind kind) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "provider_document:" + kind.name())
                .query().singleRow();
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM provider_document_version WHERE kind = :kind")
                .param("kind", kind.name()).query(Integer.class).single();
    }

    public void insert(DocumentVersion v) {
        jdbc.sql("""
                INSERT INTO provider_document_version (id, kind, number, published_at, published_by, published_by_name,
                    change_summary, body, file_id, file_name, media_type, file_size, sha256)
                VALUES (:id, :kind, :number, :publishedAt, :publishedBy, :publishedByName, :summary, :body, :fileId,
                    :fileName, :mediaType, :fileSize, :sha256)""")
                .param("id", v.id()).param("kind", v.kind().name()).param("number", v.number())
                .param("publishedAt", java.sql.Timestamp.from(v.publishedAt())).param("publishedBy", v.publishedBy())
                .param("publishedByName", v.publishedByName()).param("summary", v.changeSummary())
                .param("body", v.body().orElse(null))
                .param("fileId", v.file().map(DocumentVersion.AttachedFile::fileId).orElse(null))
                .param("fileName", v.file().map(DocumentVersion.AttachedFile::name).orElse(null))
                .param("mediaType", v.file().map(DocumentVersion.AttachedFile::mediaType).orElse(null))
                .param("fileSize", v.file().map(DocumentVersion.AttachedFile::size).orElse(null))
                .param("sha256", v.sha256()).update();
    }

    private static DocumentVersion version(ResultSet rs, int n) throws SQLException {
        String fileId = rs.getString("file_id");
        Optional<DocumentVersion.AttachedFile> file = fileId == null ? Optional.empty()
                : Optional.of(new DocumentVersion.AttachedFile(fileId, rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("file_size")));
        return new DocumentVersion(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                rs.getInt("number"), rs.getTimestamp("published_at").toInstant(),
                rs.getObject("published_by", UUID.class), rs.getString("published_by_name"),
                rs.getString("change_summary"), Optional.ofNullable(rs.getString("body")), file,
                rs.getString("sha256"));
    }
}
