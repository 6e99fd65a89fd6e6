package waypoint.admissions.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.csv.CsvTable;

/**
 * From enquiry to application to start, by standard, source (where the person heard of the course, as they said)
 * and month received (docs/domain/admissions.md, "Figures"). A start is an accepted application, whose
 * apprenticeship is in onboarding or beyond. Spam held back is not counted.
 */
@Service
public class AdmissionFigures {

    public record Row(String month, String standardReference, String source, long enquiries, long applications,
            long accepted) {
    }

    private final JdbcClient jdbc;
    private final AdmissionsPolicy policy;

    AdmissionFigures(JdbcClient jdbc, AdmissionsPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<Row> rows(CurrentUser user) {
        policy.requireFigures(user);
        return jdbc.sql("""
                SELECT to_char(a.received_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month,
                       c.standard_reference, a.source,
                       count(*) FILTER (WHERE a.kind = 'ENQUIRY') AS enquiries,
                       count(*) FILTER (WHERE a.kind = 'APPLICATION') AS applications,
                       count(*) FILTER (WHERE a.state = 'ACCEPTED') AS accepted
                FROM admissions_admission a JOIN admissions_course c ON c.id = a.course_id
                WHERE NOT a.spam
                GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2, 3""")
                .query((rs, n) -> new Row(rs.getString("month"), rs.getString("standard_reference"),
                        rs.getString("source"), rs.getLong("enquiries"), rs.getLong("applications"),
                        rs.getLong("accepted"))).list();
    }

    public CsvTable csv(CurrentUser user) {
        CsvTable table = CsvTable.withColumns("Month received", "Standard", "Heard of us through", "Enquiries",
                "Applications", "Accepted (started onboarding)");
        rows(user).forEach(r -> table.row(r.month(), r.standardReference(), r.source(), r.enquiries(),
                r.applications(), r.accepted()));
        return table;
    }
}
