package waypoint.otj;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a test apprenticeship a training plan version with planned off-the-job hours, as the training plan task saves
 * it, without walking the whole onboarding first (pace reads only the planned hours of the newest version).
 */
public final class PlannedHours {

    private PlannedHours() {
    }

    public static void plan(JdbcClient jdbc, UUID apprenticeship, int plannedOtjHours) {
        jdbc.sql("""
                INSERT INTO training_plan_version (apprenticeship_id, number, content, canonical_text, sha256, changes,
                                                   created_at, created_by)
                VALUES (:a, 1, jsonb_build_object('content', jsonb_build_object('plannedOtjHours', :h)), 'plan',
                        repeat('0', 64), 'First version', now(), :a)""")
                .param("a", apprenticeship).param("h", plannedOtjHours).update();
    }
}
