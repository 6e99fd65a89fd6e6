package waypoint.review.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import waypoint.shared.web.FieldValidationException;

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

    /** Proposed settings (the page's and the API's), checked with Bean Validation before they are saved. */
    public record Proposed(
            @NotNull(message = CHASE) @Range(min = 1, max = 60, message = CHASE) Integer chaseAfterDays,
            @Size(min = 1, max = 20, message = "The template needs from 1 to 20 sections")
            List<ReviewTemplate.@NotNull(message = ReviewTemplate.Section.KEY) @Valid Section> sections) {

        static final String CHASE = "Days before missing signatures are chased must be from 1 to 60";
    }

    /** Each section keeps its own key, since the record's text is kept by it: throws the first key used twice. */
    public static void requireDistinctKeys(List<ReviewTemplate.Section> sections) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            if (!keys.add(sections.get(i).key())) {
                throw new FieldValidationException("sections[" + i + "].key", ReviewTemplate.Section.KEY);
            }
        }
    }
}
