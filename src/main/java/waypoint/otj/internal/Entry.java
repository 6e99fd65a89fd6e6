package waypoint.otj.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/** One off-the-job entry as stored. */
public record Entry(UUID id, ApprenticeshipId apprenticeshipId, UUID learnerId, LocalDate date, LocalTime startTime,
        LocalTime endTime, int minutes, String activityType, String activityName, String description,
        List<String> ksbs, String evidenceFileId, String evidenceName, String evidenceLink, String source,
        EntryState state, RejectionReason rejectionReason, String reviewerNote, Instant employerConfirmedAt,
        int version, UUID portfolioEvidenceId) {

    static final String SELECT = """
            SELECT e.*, t.name AS activity_name FROM otj_entry e JOIN otj_activity_type t ON t.code = e.activity_type
            """;

    static Entry map(ResultSet rs, int n) throws SQLException {
        String ksbs = rs.getString("ksbs");
        String reason = rs.getString("rejection_reason");
        OffsetDateTime confirmed = rs.getObject("employer_confirmed_at", OffsetDateTime.class);
        return new Entry(rs.getObject("id", UUID.class),
                new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                rs.getObject("learner_id", UUID.class), rs.getObject("activity_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                rs.getInt("minutes"), rs.getString("activity_type"), rs.getString("activity_name"),
                rs.getString("description"), ksbs == null || ksbs.isBlank() ? List.of() : Arrays.asList(ksbs.split(",")),
                rs.getString("evidence_file_id"), rs.getString("evidence_name"), rs.getString("evidence_link"),
                rs.getString("source"), EntryState.valueOf(rs.getString("state")),
                reason == null ? null : RejectionReason.valueOf(reason), rs.getString("reviewer_note"),
                confirmed == null ? null : confirmed.toInstant(), rs.getInt("version"),
                rs.getObject("portfolio_evidence_id", UUID.class));
    }

    public String hours() {
        return Words.hours(minutes);
    }

    public String dateWords() {
        return Words.date(date);
    }

    public boolean fromAnotherModule() {
        return !"LEARNER".equals(source) && !"STAFF".equals(source);
    }

    /** The learner may still change it. */
    public boolean editable() {
        return state != EntryState.APPROVED;
    }

    /** What the tutor said, for the learner to read: the reason and any note. */
    public String reviewWords() {
        if (state == EntryState.REJECTED) {
            return "Rejected: " + (rejectionReason == null ? "" : rejectionReason.words())
                    + (reviewerNote == null || reviewerNote.isBlank() ? "" : ". " + reviewerNote);
        }
        if (state == EntryState.MORE_DETAIL_REQUESTED) {
            return "More detail asked for" + (reviewerNote == null || reviewerNote.isBlank() ? "" : ": " + reviewerNote);
        }
        return "";
    }
}
