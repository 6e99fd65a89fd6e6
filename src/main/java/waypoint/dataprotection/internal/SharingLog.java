package waypoint.dataprotection.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataShared;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;
import waypoint.shared.web.PageOf;

/**
 * The log of personal data sent to employers and assessment organisations (docs/domain/data-protection.md, "Sharing
 * with employers and assessment organisations"): written from the events other modules publish, read by the data
 * protection officer, and part of the person's own subject access pack (the recipients of their data).
 */
@Component
public class SharingLog implements PersonalDataSource {

    /** One line of the log. */
    public record Entry(UUID id, UUID learnerId, String learnerName, PersonalDataShared.Recipient recipientKind,
            String recipient, String what, Instant sharedAt) {
    }

    private final JdbcClient jdbc;

    SharingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonalDataShared shared) {
        jdbc.sql("""
                INSERT INTO personal_data_sharing (id, learner_id, recipient_kind, recipient, what, shared_at)
                VALUES (:id, :learner, :kind, :recipient, :what, :at)""")
                .param("id", UUID.randomUUID()).param("learner", shared.learnerId())
                .param("kind", shared.recipientKind().name()).param("recipient", cut(shared.recipient(), 500))
                .param("what", cut(shared.what(), 4000)).param("at", shared.sharedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Newest first; the learner's name comes from the published learner view. */
    public PageOf<Entry> page(int number, int size) {
        long total = jdbc.sql("SELECT count(*) FROM personal_data_sharing").query(Long.class).single();
        List<Entry> items = jdbc.sql("""
                SELECT s.*, l.full_name FROM personal_data_sharing s LEFT JOIN organisation.learner l ON l.id = s.learner_id
                ORDER BY s.shared_at DESC, s.id LIMIT :size OFFSET :offset""")
                .param("size", size).param("offset", (long) number * size)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                        rs.getString("full_name"), PersonalDataShared.Recipient.valueOf(rs.getString("recipient_kind")),
                        rs.getString("recipient"), rs.getString("what"), rs.getTimestamp("shared_at").toInstant()))
                .list();
        return new PageOf<>(items, number, size, total);
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<PersonalRecord> shared = jdbc.sql("""
                SELECT id, recipient_kind, recipient, what, shared_at FROM personal_data_sharing
                WHERE learner_id = :learner ORDER BY shared_at, id""").param("learner", subject.learnerId()).query()
                .listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Shared " + PersonalRecord.text(r.get("shared_at")))
                        .field("With", PersonalDataShared.Recipient.valueOf((String) r.get("recipient_kind")).words()
                                + ": " + r.get("recipient"))
                        .field("What", r.get("what")).field("When", r.get("shared_at")).build())
                .toList();
        return List.of(PersonalDataSection.of("sharing", "Who your data was shared with", shared));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
