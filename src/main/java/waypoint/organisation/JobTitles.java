package waypoint.organisation;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.Role;

/**
 * The words the provider uses for its staff roles ("mentor", "placement coach", "tutor"...), set by an
 * administrator; the whole UI names roles through this. A role the provider has not named keeps its default label.
 */
@Service
public class JobTitles {

    private final JdbcClient jdbc;

    JobTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every role's title, named or default. */
    @Transactional(readOnly = true)
    public Titles current() {
        Map<Role, String> titles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            titles.put(role, role.label());
        }
        jdbc.sql("SELECT role, title FROM provider_job_title")
                .query(rs -> {
                    titles.put(Role.valueOf(rs.getString("role")), rs.getString("title"));
                });
        return new Titles(titles);
    }

    public String of(Role role) {
        return current().of(role);
    }

    /** A snapshot of the titles, for a page to name several roles with one query. */
    public record Titles(Map<Role, String> titles) {

        public Titles {
            titles = Map.copyOf(titles);
        }

        public String of(Role role) {
            return titles.getOrDefault(role, role.label());
        }

        /** For templates: the title of a role given by name, e.g. {@code jobTitles.of('TUTOR')}. */
        public String of(String role) {
            return of(Role.valueOf(role));
        }
    }
}
