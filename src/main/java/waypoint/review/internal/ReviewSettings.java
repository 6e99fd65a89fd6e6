package waypoint.review.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The provider's review settings: the record's sections and after how many days missing signatures are chased. */
@Component
public class ReviewSettings {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewSettings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Settings(int chaseAfterDays, ReviewTemplate template) {
    }

    public Settings current() {
        return jdbc.sql("SELECT chase_after_days, sections::text FROM review_settings WHERE id = 1")
                .query((rs, n) -> new Settings(rs.getInt(1), json.readValue(rs.getString(2), ReviewTemplate.class)))
                .optional().orElse(new Settings(3, ReviewTemplate.standard()));
    }

    public void change(int chaseAfterDays, ReviewTemplate template) {
        jdbc.sql("""
                INSERT INTO review_settings (id, chase_after_days, sections) VALUES (1, :days, :sections::jsonb)
                ON CONFLICT (id) DO UPDATE SET chase_after_days = :days, sections = :sections::jsonb""")
                .param("days", chaseAfterDays).param("sections", json.writeValueAsString(template)).update();
    }

    /**
     * What is wrong with proposed settings, by field (empty when they may be saved): the one check for the page and
     * the API.
     */
    public static Map<String, String> problems(Integer chaseAfterDays, List<ReviewTemplate.Section> sections) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (chaseAfterDays == null || chaseAfterDays < 1 || chaseAfterDays > 60) {
            errors.put("chaseAfterDays", "Days before missing signatures are chased must be from 1 to 60");
        }
        if (sections.isEmpty() || sections.size() > 20) {
            errors.put("sections", "The template needs from 1 to 20 sections");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            ReviewTemplate.Section section = sections.get(i);
            if (section == null || section.key() == null || !section.key().matches("[A-Za-z][A-Za-z0-9]{0,39}")
                    || !keys.add(section.key())) {
                errors.put("sections[" + i + "].key", "Each section needs its own key of letters and digits");
            }
            if (section == null || section.heading() == null || section.heading().isBlank()
                    || section.heading().length() > 200) {
                errors.put("sections[" + i + "].heading", "Enter a heading of 200 characters or fewer");
            }
        }
        return errors;
    }
}
