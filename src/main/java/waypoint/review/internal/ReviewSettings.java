package waypoint.review.internal;

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
}
