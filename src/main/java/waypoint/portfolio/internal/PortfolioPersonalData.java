package waypoint.portfolio.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * A learner's portfolio for their subject access pack (docs/domain/data-protection.md): each evidence item with every
 * version and its file, the journal and the documents they uploaded.
 */
@Component
class PortfolioPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    PortfolioPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        if (subject.apprenticeshipIds().isEmpty()) {
            return List.of();
        }
        Map<Object, PersonalRecord.Builder> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.id, e.title, e.description, e.evidence_date, e.evidence_type, e.state, e.created_at,
                       (SELECT string_agg(c.ksb_code, ' ' ORDER BY c.ksb_code) FROM portfolio_claim c
                        WHERE c.evidence_id = e.id) AS ksbs,
                       v.number, v.body, v.link, v.file_id, v.file_name, v.media_type, v.note
                FROM portfolio_evidence e LEFT JOIN portfolio_evidence_version v ON v.evidence_id = e.id
                WHERE e.apprenticeship_id IN (:ids) ORDER BY e.evidence_date, e.id, v.number""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().forEach(r -> {
                    PersonalRecord.Builder item = evidence.computeIfAbsent(r.get("id"), id -> PersonalRecord
                            .record(id, "Evidence: " + r.get("title")).field("Title", r.get("title"))
                            .field("Description", r.get("description")).field("Date", r.get("evidence_date"))
                            .field("Type", r.get("evidence_type")).field("State", r.get("state"))
                            .field("Knowledge, skills and behaviours", r.get("ksbs"))
                            .field("Added", r.get("created_at")));
                    Object number = r.get("number");
                    if (number != null) {
                        item.field("Version " + number + " text", r.get("body"))
                                .field("Version " + number + " link", r.get("link"))
                                .field("Version " + number + " note", r.get("note"))
                                .file((String) r.get("file_id"), (String) r.get("file_name"),
                                        (String) r.get("media_type"));
                    }
                });
        List<PersonalRecord> journal = jdbc.sql("""
                SELECT id, entry_date, title, reflection, minutes, shared_with_employer
                FROM portfolio_journal_entry WHERE apprenticeship_id IN (:ids) ORDER BY entry_date, id""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Journal: " + r.get("title"))
                        .field("Date", r.get("entry_date")).field("Reflection", r.get("reflection"))
                        .field("Minutes", r.get("minutes"))
                        .field("Shared with your employer", r.get("shared_with_employer")).build())
                .toList();
        List<PersonalRecord> documents = jdbc.sql("""
                SELECT id, document_type, title, expires_on, file_id, file_name, media_type, uploaded_at
                FROM portfolio_document WHERE apprenticeship_id IN (:ids) ORDER BY uploaded_at, id""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Document: " + r.get("title"))
                        .field("Kind", r.get("document_type")).field("Expires", r.get("expires_on"))
                        .field("Uploaded", r.get("uploaded_at"))
                        .file((String) r.get("file_id"), (String) r.get("file_name"), (String) r.get("media_type"))
                        .build())
                .toList();
        List<PersonalRecord> items = new ArrayList<>();
        evidence.values().forEach(b -> items.add(b.build()));
        return List.of(PersonalDataSection.of("portfolio-evidence", "Portfolio evidence", items),
                PersonalDataSection.of("portfolio-journal", "Portfolio journal", journal),
                PersonalDataSection.of("portfolio-documents", "Portfolio documents", documents));
    }

}
