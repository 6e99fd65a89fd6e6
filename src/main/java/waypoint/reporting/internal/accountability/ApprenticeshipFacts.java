package waypoint.reporting.internal.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipStatus;

/**
 * Reads the facts the accountability figures need, in two queries whatever the number of apprenticeships: each
 * apprenticeship with its learner, standard, tutor, employer, end-point assessment dates and off-the-job plan, then
 * the dated status changes (breaks, returns, gateway, completion, withdrawal). Only views other modules publish
 * (docs/adr/0006). Whether it is a foundation apprenticeship is the catalogue's programme type of the version
 * (docs/domain/programme-types.md).
 */
@Component
class ApprenticeshipFacts {

    private final JdbcClient jdbc;

    ApprenticeshipFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, String learner, String standard, String title, Integer level, UUID tutorId,
            String tutor, UUID employerId, String employer, LocalDate born, LocalDate start, LocalDate plannedEnd,
            ApprenticeshipStatus status, boolean epao, LocalDate actualEnd, LocalDate achievementDate,
            java.math.BigDecimal planned, java.math.BigDecimal minimum, boolean foundation, boolean unit) {
    }

    private record Change(String transition, String from, LocalDate on) {
    }

    List<ApprenticeshipFact> read(ApprenticeshipScope scope) {
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, l.full_name, a.standard_reference, sv.title, sv.level, a.tutor_id, st.name,
                               a.employer_id, e.name, l.date_of_birth, a.start_date, a.planned_end_date, a.status,
                               a.epao_id IS NOT NULL, c.actual_end_date, c.achievement_date, p.planned_hours,
                               p.minimum_hours, pt.programme_type = 'FOUNDATION_APPRENTICESHIP',
                               pt.programme_type = 'APPRENTICESHIP_UNIT'
                        FROM enrolment.apprenticeship a
                                 JOIN organisation.learner l ON l.id = a.learner_id
                                 LEFT JOIN catalogue.standard_version sv ON sv.reference_number = a.standard_reference
                                                                        AND sv.version = a.standard_version
                                 LEFT JOIN catalogue.standard_programme_type pt
                                           ON pt.reference_number = a.standard_reference
                                               AND pt.version = a.standard_version
                                 LEFT JOIN organisation.staff_member st ON st.id = a.tutor_id
                                 LEFT JOIN organisation.employer e ON e.id = a.employer_id
                                 LEFT JOIN epa.completion c ON c.apprenticeship_id = a.id
                                 LEFT JOIN otj.pace p ON p.apprenticeship_id = a.id
                        WHERE a.status <> 'ONBOARDING' AND""" + " " + scope.sqlCondition())
                .params(scope.sqlParameters())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getObject(6, UUID.class), rs.getString(7),
                        rs.getObject(8, UUID.class), rs.getString(9), rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class),
                        ApprenticeshipStatus.valueOf(rs.getString(13)), rs.getBoolean(14),
                        rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), rs.getBigDecimal(17),
                        rs.getBigDecimal(18), rs.getBoolean(19), rs.getBoolean(20)))
                .list();
        Map<UUID, List<Change>> changes = new HashMap<>();
        jdbc.sql("""
                        SELECT x.apprenticeship_id, x.transition, x.from_status, x.effective_date
                        FROM enrolment.apprenticeship_status_change x
                                 JOIN enrolment.apprenticeship a ON a.id = x.apprenticeship_id
                        WHERE x.transition IN ('BREAK', 'RETURN', 'GATEWAY', 'COMPLETE', 'WITHDRAW') AND"""
                        + " " + scope.sqlCondition()
                        + " ORDER BY x.apprenticeship_id, x.effective_date, x.recorded_at, x.id")
                .params(scope.sqlParameters())
                .query((rs, n) -> {
                    changes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Change(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
                    return null;
                }).list();
        List<ApprenticeshipFact> facts = new ArrayList<>(rows.size());
        for (Row r : rows) {
            facts.add(fact(r, changes.getOrDefault(r.id(), List.of())));
        }
        return facts;
    }

    private static ApprenticeshipFact fact(Row r, List<Change> changes) {
        List<ApprenticeshipFact.Break> breaks = new ArrayList<>();
        LocalDate breakFrom = null;
        LocalDate gateway = null;
        LocalDate completed = null;
        LocalDate withdrawn = null;
        ApprenticeshipStatus withdrawnFrom = null;
        for (Change c : changes) {
            switch (c.transition()) {
                case "BREAK" -> breakFrom = c.on();
                case "RETURN" -> {
                    if (breakFrom != null) {
                        breaks.add(new ApprenticeshipFact.Break(breakFrom, c.on()));
                        breakFrom = null;
                    }
                }
                case "GATEWAY" -> gateway = c.on();
                case "COMPLETE" -> completed = c.on();
                case "WITHDRAW" -> {
                    withdrawn = c.on();
                    withdrawnFrom = c.from() == null ? null : ApprenticeshipStatus.valueOf(c.from());
                    if (breakFrom != null) {
                        // withdrawn during a break: the break ends with the withdrawal
                        breaks.add(new ApprenticeshipFact.Break(breakFrom, c.on()));
                        breakFrom = null;
                    }
                }
                default -> {
                }
            }
        }
        if (breakFrom != null) {
            breaks.add(new ApprenticeshipFact.Break(breakFrom, null));
        }
        LocalDate learningEnded = r.actualEnd() != null ? r.actualEnd() : gateway;
        if (r.status() == ApprenticeshipStatus.WITHDRAWN && withdrawnFrom != ApprenticeshipStatus.GATEWAY
                && withdrawnFrom != ApprenticeshipStatus.END_POINT_ASSESSMENT) {
            learningEnded = withdrawn;
        }
        LocalDate achieved = r.status() != ApprenticeshipStatus.COMPLETED ? null
                : r.achievementDate() != null ? r.achievementDate() : completed;
        return new ApprenticeshipFact(new ApprenticeshipId(r.id()), r.learner(), r.standard(), r.title(), r.level(),
                r.foundation(), r.tutorId(), r.tutor(), r.employerId(), r.employer(), r.born(), r.start(),
                r.plannedEnd(), r.status(), learningEnded,
                achieved, r.status() == ApprenticeshipStatus.WITHDRAWN ? withdrawn : null, withdrawnFrom, breaks,
                r.epao(), r.planned(), r.minimum(), r.unit());
    }
}
