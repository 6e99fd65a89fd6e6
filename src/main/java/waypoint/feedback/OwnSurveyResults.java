package waypoint.feedback;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's own satisfaction survey results, for other modules (the accountability pages show them beside the
 * ratings the Apprenticeship Service publishes; docs/domain/accountability.md, "Apprentice and employer feedback"):
 * for apprentices and for employers, how many answered the provider's surveys in a period, and for each question asked
 * as a rating from 1 to 5 how many rated it and the average. Counts and averages only: never an answer's text, never
 * who answered. Not authorised here: callers show them only to the people who may read them.
 */
@Service
public class OwnSurveyResults {

    /** Who the surveys ask: apprentices (on starting and on completion) or employers (every year). */
    public enum Audience {
        APPRENTICES("LEARNER", "Apprentices"), EMPLOYERS("EMPLOYER", "Employers");

        private final String stored;
        private final String words;

        Audience(String stored, String words) {
            this.stored = stored;
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One question asked as a rating from 1 to 5: the survey it is in, its words, how many rated it in the period, and
     * the average rating, which is null when nobody did (never 0).
     */
    public record Question(String survey, String question, long ratings, BigDecimal average) {

        /** "4.2 out of 5 from 12 responses", or "No responses in this period". */
        public String words() {
            if (average == null) {
                return "No responses in this period";
            }
            return average.stripTrailingZeros().toPlainString() + " out of 5 from " + ratings
                    + (ratings == 1 ? " response" : " responses");
        }
    }

    /**
     * One audience's results in the period from {@code from} to {@code to} (both included): how many surveys were
     * answered, and each rating question of the surveys that were active or answered then.
     */
    public record Results(Audience audience, LocalDate from, LocalDate to, long responses, List<Question> questions) {

        public boolean anyResponses() {
            return responses > 0;
        }
    }

    private final JdbcClient jdbc;

    OwnSurveyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The results of both audiences, apprentices first; two queries whatever the number of surveys. */
    @Transactional(readOnly = true)
    public List<Results> between(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(LONDON).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant());
        Map<String, Long> responses = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT t.audience, count(*) FROM survey_response r JOIN survey_template t ON t.id = r.template_id
                        WHERE r.submitted_at >= :start AND r.submitted_at < :end GROUP BY t.audience""")
                .param("start", start).param("end", end)
                .query(rs -> {
                    responses.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, List<Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT t.audience, t.name, q.text, count(a.rating), avg(a.rating)
                        FROM survey_question q
                                 JOIN survey_template t ON t.id = q.template_id
                                 LEFT JOIN survey_response r ON r.template_id = t.id AND r.submitted_at >= :start
                                                                AND r.submitted_at < :end
                                 LEFT JOIN survey_answer a ON a.response_id = r.id AND a.question_id = q.id
                        WHERE q.kind = 'RATING'
                        GROUP BY t.audience, t.name, t.active, t.created_at, t.id, q.text, q.position
                        HAVING t.active OR count(a.rating) > 0
                        ORDER BY t.created_at, t.id, q.position""")
                .param("start", start).param("end", end)
                .query(rs -> {
                    BigDecimal average = rs.getBigDecimal(5);
                    questions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Question(
                            rs.getString(2), rs.getString(3), rs.getLong(4),
                            average == null ? null : average.setScale(1, RoundingMode.HALF_UP)));
                });
        List<Results> all = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            all.add(new Results(audience, from, to, responses.getOrDefault(audience.stored, 0L),
                    List.copyOf(questions.getOrDefault(audience.stored, List.of()))));
        }
        return all;
    }
}
