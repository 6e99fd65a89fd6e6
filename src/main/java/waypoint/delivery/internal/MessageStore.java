package waypoint.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.delivery.internal.MessageRows.MessageRow;
import waypoint.delivery.internal.MessageRows.ThreadRow;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.PageOf;

/** Message threads, their messages and who has read them up to when. */
@Repository
class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertThread(UUID id, ApprenticeshipId apprenticeshipId, String subject, boolean employerIncluded, UUID startedBy,
            Instant now) {
        jdbc.sql("""
                INSERT INTO message_thread (id, apprenticeship_id, subject, employer_included, started_by, created_at,
                    last_message_at) VALUES (:id, :a, :subject, :employer, :by, :now, :now)
                """).param("id", id).param("a", apprenticeshipId).param("subject", subject)
                .param("employer", employerIncluded).param("by", startedBy).param("now", Timestamp.from(now)).update();
    }

    void insertMessage(UUID id, UUID threadId, UUID author, String authorName, String body, UploadedFile file,
            Instant now) {
        jdbc.sql("""
                INSERT INTO message (id, thread_id, author_account_id, author_name, body, attachment_file_id,
                    attachment_name, attachment_type, attachment_size, created_at)
                VALUES (:id, :t, :author, :name, :body, :file, :fileName, :fileType, :fileSize, :now)
                """).param("id", id).param("t", threadId).param("author", author).param("name", authorName)
                .param("body", body).param("file", file == null ? null : file.fileId())
                .param("fileName", file == null ? null : file.name())
                .param("fileType", file == null ? null : file.mediaType())
                .param("fileSize", file == null ? null : file.size()).param("now", Timestamp.from(now)).update();
        jdbc.sql("UPDATE message_thread SET last_message_at = :now WHERE id = :t").param("now", Timestamp.from(now))
                .param("t", threadId).update();
        markRead(threadId, author, now);
    }

    void markRead(UUID threadId, UUID account, Instant at) {
        jdbc.sql("""
                INSERT INTO message_read (thread_id, account_id, last_read_at) VALUES (:t, :a, :at)
                ON CONFLICT (thread_id, account_id) DO UPDATE SET last_read_at = greatest(message_read.last_read_at, :at)
                """).param("t", threadId).param("a", account).param("at", Timestamp.from(at)).update();
    }

    Optional<ThreadRow> thread(UUID id, UUID reader) {
        return jdbc.sql(THREADS + " WHERE t.id = :id").param("id", id).param("reader", reader)
                .query(MessageStore::thread).optional();
    }

    List<MessageRow> messages(UUID threadId) {
        return jdbc.sql("SELECT * FROM message WHERE thread_id = :t ORDER BY created_at, id LIMIT 1000")
                .param("t", threadId).query(MessageStore::message).list();
    }

    Optional<MessageRow> message(UUID id) {
        return jdbc.sql("SELECT * FROM message WHERE id = :id").param("id", id).query(MessageStore::message).optional();
    }

    private static final String THREADS = """
            SELECT t.*, l.full_name AS learner_name,
                   (SELECT count(*) FROM message m WHERE m.thread_id = t.id AND m.author_account_id <> :reader
                      AND m.created_at > coalesce((SELECT r.last_read_at FROM message_read r
                                                   WHERE r.thread_id = t.id AND r.account_id = :reader),
                                                  '-infinity'::timestamptz)) AS unread
            FROM message_thread t JOIN enrolment.apprenticeship a ON a.id = t.apprenticeship_id JOIN organisation.learner l ON l.id = a.learner_id
            """;

    /** Threads the person may read, the latest first; employer contacts only those they are included in. */
    PageOf<ThreadRow> inbox(ApprenticeshipScope scope, boolean employerOnlyIncluded, UUID reader, ApprenticeshipId apprenticeshipId,
            int page) {
        String where = " WHERE " + scope.sqlCondition() + (employerOnlyIncluded ? " AND t.employer_included" : "")
                + (apprenticeshipId == null ? "" : " AND t.apprenticeship_id = :apprenticeship");
        Map<String, Object> params = new LinkedHashMap<>(scope.sqlParameters());
        params.put("reader", reader);
        if (apprenticeshipId != null) {
            params.put("apprenticeship", apprenticeshipId);
        }
        int number = Math.min(Math.max(0, page), 1_000_000);
        long total = seesEveryThread(scope, employerOnlyIncluded) && apprenticeshipId == null
                ? jdbc.sql("SELECT threads FROM message_totals WHERE id = 1").query(Long.class).single()
                : jdbc.sql("SELECT count(*) FROM message_thread t JOIN enrolment.apprenticeship a"
                        + " ON a.id = t.apprenticeship_id" + where).params(params).query(Long.class).single();
        List<ThreadRow> rows = jdbc.sql(THREADS + where + " ORDER BY t.last_message_at DESC, t.id LIMIT :size OFFSET :offset")
                .params(params).param("size", PageOf.DEFAULT_SIZE).param("offset", number * PageOf.DEFAULT_SIZE)
                .query(MessageStore::thread).list();
        return new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, total);
    }

    /**
     * The messages others wrote in the threads the person may read, after the point they have read each thread to.
     * For someone who sees every thread: every message there is (kept as a total by the database, V164), less those
     * they wrote, less those others wrote that they have read (through the threads they have read), so it reads a
     * few index entries rather than every message.
     */
    long unread(ApprenticeshipScope scope, boolean employerOnlyIncluded, UUID reader) {
        if (seesEveryThread(scope, employerOnlyIncluded)) {
            return jdbc.sql("""
                    SELECT (SELECT messages FROM message_totals WHERE id = 1)
                         - (SELECT count(*) FROM message m WHERE m.author_account_id = :reader)
                         - (SELECT count(*) FROM message_read r JOIN message m ON m.thread_id = r.thread_id
                            WHERE r.account_id = :reader AND m.author_account_id <> :reader
                              AND m.created_at <= r.last_read_at)
                    """).param("reader", reader).query(Long.class).single();
        }
        return jdbc.sql("""
                SELECT count(*) FROM message m JOIN message_thread t ON t.id = m.thread_id
                JOIN enrolment.apprenticeship a ON a.id = t.apprenticeship_id
                LEFT JOIN message_read r ON r.thread_id = t.id AND r.account_id = :reader
                WHERE m.author_account_id <> :reader AND m.created_at > coalesce(r.last_read_at, '-infinity'::timestamptz)
                  AND """ + " " + scope.sqlCondition() + (employerOnlyIncluded ? " AND t.employer_included" : ""))
                .params(scope.sqlParameters()).param("reader", reader).query(Long.class).single();
    }

    /** Every thread there is: no apprenticeship left out, and no thread left out for an employer contact. */
    private static boolean seesEveryThread(ApprenticeshipScope scope, boolean employerOnlyIncluded) {
        return scope.kind() == ApprenticeshipScope.Kind.EVERYONE && !employerOnlyIncluded;
    }

    /**
     * The files attached to an apprenticeship's messages, the latest first, with their thread's subject; employer
     * contacts only those of threads they are included in.
     */
    PageOf<MessageRows.AttachmentRow> attachments(ApprenticeshipId apprenticeshipId, boolean employerOnlyIncluded, int page) {
        String where = " FROM message m JOIN message_thread t ON t.id = m.thread_id WHERE t.apprenticeship_id = :a"
                + " AND m.attachment_file_id IS NOT NULL" + (employerOnlyIncluded ? " AND t.employer_included" : "");
        int number = Math.min(Math.max(0, page), 1_000_000);
        long total = jdbc.sql("SELECT count(*)" + where).param("a", apprenticeshipId).query(Long.class).single();
        List<MessageRows.AttachmentRow> rows = jdbc.sql("SELECT m.*, t.subject" + where
                        + " ORDER BY m.created_at DESC, m.id LIMIT :size OFFSET :offset")
                .param("a", apprenticeshipId).param("size", PageOf.DEFAULT_SIZE)
                .param("offset", number * PageOf.DEFAULT_SIZE)
                .query((rs, n) -> new MessageRows.AttachmentRow(message(rs, n), rs.getString("subject"))).list();
        return new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, total);
    }

    boolean anyThread(ApprenticeshipId apprenticeshipId, String subject) {
        return jdbc.sql("SELECT count(*) FROM message_thread WHERE apprenticeship_id = :a AND subject = :s")
                .param("a", apprenticeshipId).param("s", subject).query(Long.class).single() > 0;
    }

    private static ThreadRow thread(ResultSet rs, int n) throws SQLException {
        return new ThreadRow(rs.getObject("id", UUID.class), new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                rs.getString("subject"), rs.getBoolean("employer_included"), rs.getObject("started_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_message_at").toInstant(),
                rs.getString("learner_name"), rs.getInt("unread"));
    }

    private static MessageRow message(ResultSet rs, int n) throws SQLException {
        return new MessageRow(rs.getObject("id", UUID.class), rs.getObject("thread_id", UUID.class),
                rs.getObject("author_account_id", UUID.class), rs.getString("author_name"), rs.getString("body"),
                rs.getString("attachment_file_id"), rs.getString("attachment_name"), rs.getString("attachment_type"),
                rs.getObject("attachment_size", Long.class), rs.getTimestamp("created_at").toInstant());
    }
}
