package waypoint.enrolment.internal.onboarding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import waypoint.enrolment.ApprenticeshipId;

/**
 * The saved answers of a form task, as recorded: read by the form tasks themselves and by the funding rules (the
 * employer's English and maths decision, the care-leaver and education, health and care plan answers), so both read
 * one record. Not authorised here: callers check first.
 */
@Component
class RecordedAnswers {

    private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecordedAnswers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    TaskAnswers read(ApprenticeshipId apprenticeshipId, OnboardingTask task) {
        return jdbc.sql("""
                SELECT answers::text, completed, version FROM onboarding_task
                WHERE apprenticeship_id = :id AND task = :task""")
                .param("id", apprenticeshipId).param("task", task.name())
                .query((rs, n) -> new TaskAnswers(json.readValue(rs.getString(1), ANSWERS), rs.getBoolean(2),
                        rs.getInt(3), true))
                .optional().orElse(TaskAnswers.none());
    }

    /** The same task's answers of many apprenticeships in one query; {@link TaskAnswers#none()} for those without. */
    Map<ApprenticeshipId, TaskAnswers> read(java.util.Collection<ApprenticeshipId> apprenticeshipIds,
            OnboardingTask task) {
        Map<ApprenticeshipId, TaskAnswers> found = new java.util.HashMap<>();
        apprenticeshipIds.forEach(id -> found.put(id, TaskAnswers.none()));
        if (apprenticeshipIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT apprenticeship_id, answers::text, completed, version FROM onboarding_task
                WHERE apprenticeship_id IN (:ids) AND task = :task""")
                .param("ids", java.util.Set.copyOf(apprenticeshipIds)).param("task", task.name())
                .query(rs -> {
                    found.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), new TaskAnswers(
                            json.readValue(rs.getString(2), ANSWERS), rs.getBoolean(3), rs.getInt(4), true));
                });
        return found;
    }
}
