package waypoint.dataprotection;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

/**
 * The record of processing activities (docs/domain/data-protection.md): every member of staff reads it; an
 * administrator or the data protection officer writes it. Each change is in the audit trail.
 */
@Service
public class ProcessingActivities {

    private static final String RECORD_TYPE = "ProcessingActivity";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcessingActivities(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public boolean canRead(CurrentUser user) {
        return user.isStaff();
    }

    public boolean canEdit(CurrentUser user) {
        return user.hasAny(Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);
    }

    @Transactional(readOnly = true)
    public List<ProcessingActivity> all(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The record of processing activities is for staff");
        }
        return jdbc.sql("SELECT * FROM processing_activity ORDER BY lower(name), id").query(this::map).list();
    }

    @Transactional(readOnly = true)
    public ProcessingActivity find(CurrentUser user, UUID id) {
        requireEditor(user);
        return byId(id).orElseThrow(() -> new NotFoundException("No such processing activity"));
    }

    @Transactional
    public UUID add(CurrentUser user, ProcessingActivity.Details d) {
        requireEditor(user);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO processing_activity (id, name, purpose, lawful_basis, people, data_categories, recipients,
                    retention, safeguards, updated_at, updated_by_name, version)
                VALUES (:id, :name, :purpose, :basis, :people, :data, :recipients, :retention, :safeguards, :at, :by, 0)""")
                .param("id", id).params(params(d)).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", user.displayName()).update();
        events.publishEvent(RecordChanged.created(RECORD_TYPE, id, d.name()));
        return id;
    }

    @Transactional
    public void change(CurrentUser user, UUID id, ProcessingActivity.Details d) {
        requireEditor(user);
        ProcessingActivity before = byId(id).orElseThrow(() -> new NotFoundException("No such processing activity"));
        int changed = jdbc.sql("""
                UPDATE processing_activity SET name = :name, purpose = :purpose, lawful_basis = :basis,
                    people = :people, data_categories = :data, recipients = :recipients, retention = :retention,
                    safeguards = :safeguards, updated_at = :at, updated_by_name = :by, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(d)).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", user.displayName()).param("id", id)
                .param("version", d.version() == null ? -1 : d.version()).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this activity while you were editing it: check it and try again");
        }
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, before.name(), d.name()));
    }

    private static java.util.Map<String, Object> params(ProcessingActivity.Details d) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", d.name().strip());
        p.put("purpose", d.purpose().strip());
        p.put("basis", d.lawfulBasis().strip());
        p.put("people", d.people().strip());
        p.put("data", d.dataCategories().strip());
        p.put("recipients", d.recipients().strip());
        p.put("retention", d.retention().strip());
        p.put("safeguards", d.safeguards() == null || d.safeguards().isBlank() ? null : d.safeguards().strip());
        return p;
    }

    private Optional<ProcessingActivity> byId(UUID id) {
        return jdbc.sql("SELECT * FROM processing_activity WHERE id = :id").param("id", id).query(this::map).optional();
    }

    private ProcessingActivity map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProcessingActivity(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("purpose"),
                rs.getString("lawful_basis"), rs.getString("people"), rs.getString("data_categories"),
                rs.getString("recipients"), rs.getString("retention"), rs.getString("safeguards"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by_name"), rs.getInt("version"));
    }

    private void requireEditor(CurrentUser user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("Only an administrator or the data protection officer changes this record");
        }
    }
}
