package waypoint.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * Each staff member's safeguarding training date and DBS check (the learner handbook, "Safe recruitment": staff are
 * vetted through
 * Disclosure and Barring Service checks relevant to their role and have undertaken mandatory safeguarding training).
 * Kept and read by administrators and the safeguarding lead. Staff names are read from the organisation module's
 * staff table, as a read model.
 */
@Service
public class StaffSafeguarding {

    /** How long before a DBS check expires its holder and the safeguarding leads are told (and the list warns). */
    public static final int WARNING_DAYS = 60;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffSafeguarding(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public boolean canKeep(CurrentUser user) {
        return user.hasAny(Role.ADMINISTRATOR, Role.SAFEGUARDING_LEAD);
    }

    public record StaffRecord(UUID staffId, String name, String email, LocalDate trainingOn, LocalDate dbsCheckedOn,
            LocalDate dbsExpiresOn, Integer version) {
    }

    /** A staff member's safeguarding dates, as the keeper gives them; any may be left out. */
    public record StaffDates(LocalDate trainingOn, LocalDate dbsCheckedOn, LocalDate dbsExpiresOn, Integer version) {
    }

    private static final String SELECT = """
            SELECT s.id AS staff_id, s.name, s.email, r.training_on, r.dbs_checked_on, r.dbs_expires_on, r.version
            FROM organisation.staff_member s LEFT JOIN staff_safeguarding_record r ON r.staff_id = s.id
            """;

    /** Staff with the soonest DBS expiry first (no check at all before them): who needs attention first. */
    @Transactional(readOnly = true)
    public PageOf<StaffRecord> list(CurrentUser user, int page) {
        require(user);
        int number = Math.max(0, page);
        long total = jdbc.sql("SELECT count(*) FROM organisation.staff_member").query(Long.class).single();
        List<StaffRecord> rows = jdbc.sql(SELECT + """
                ORDER BY r.dbs_expires_on NULLS FIRST, lower(s.name), s.id LIMIT :limit OFFSET :offset""")
                .param("limit", PageOf.DEFAULT_SIZE).param("offset", (long) number * PageOf.DEFAULT_SIZE)
                .query(StaffRecord.class).list();
        return new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, total);
    }

    @Transactional(readOnly = true)
    public StaffRecord find(CurrentUser user, UUID staffId) {
        require(user);
        return jdbc.sql(SELECT + "WHERE s.id = :id").param("id", staffId).query(StaffRecord.class).optional()
                .orElseThrow(() -> new NotFoundException("Staff member"));
    }

    /**
     * Keeps a staff member's dates. Training and the DBS check happened today or before; an expiry belongs to a
     * check, and comes after it. A date the rules refuse is refused on its own field.
     */
    @Transactional
    public void change(CurrentUser user, UUID staffId, StaffDates form) {
        StaffRecord before = find(user, staffId);
        LocalDate today = LocalDate.now(clock);
        LocalDate training = form.trainingOn();
        LocalDate checked = form.dbsCheckedOn();
        LocalDate expires = form.dbsExpiresOn();
        if (training != null && training.isAfter(today)) {
            throw new FieldValidationException("trainingOn", "The training date must be today or in the past");
        }
        if (checked != null && checked.isAfter(today)) {
            throw new FieldValidationException("dbsCheckedOn", "The DBS check date must be today or in the past");
        }
        if (expires != null && checked == null) {
            throw new FieldValidationException("dbsCheckedOn", "Enter the date of the DBS check the expiry belongs to");
        }
        if (expires != null && !expires.isAfter(checked)) {
            throw new FieldValidationException("dbsExpiresOn", "The DBS expiry must be after the date of the check");
        }
        int expected = form.version() == null ? (before.version() == null ? 0 : before.version()) : form.version();
        int changed = jdbc.sql("""
                INSERT INTO staff_safeguarding_record (staff_id, training_on, dbs_checked_on, dbs_expires_on,
                    updated_at, version)
                VALUES (:id, :training, :checked, :expires, :at, 1)
                ON CONFLICT (staff_id) DO UPDATE SET training_on = excluded.training_on,
                    dbs_checked_on = excluded.dbs_checked_on, dbs_expires_on = excluded.dbs_expires_on,
                    updated_at = excluded.updated_at, version = staff_safeguarding_record.version + 1
                WHERE staff_safeguarding_record.version = :version""")
                .param("id", staffId).param("training", training).param("checked", checked)
                .param("expires", expires).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("version", expected).update();
        if (changed == 0 || (before.version() == null && expected != 0)) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this record while you were editing it. Your changes are below: check them and save again.");
        }
        events.publishEvent(RecordChanged.updated("StaffSafeguardingRecord", staffId, summary(before.trainingOn(),
                before.dbsCheckedOn(), before.dbsExpiresOn()), summary(training, checked, expires)));
    }

    private static String summary(LocalDate training, LocalDate checked, LocalDate expires) {
        return "Training " + training + ", DBS checked " + checked + ", expires " + expires;
    }

    private void require(CurrentUser user) {
        if (!canKeep(user)) {
            throw new AccessDeniedException("Only administrators and the safeguarding lead keep staff safeguarding records");
        }
    }
}
