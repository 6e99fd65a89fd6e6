package waypoint.dataprotection.internal.retention;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.files.FileStore;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * Released subject access packs past their period (docs/domain/retention.md): the pack's file is deleted; the request,
 * its dates and decisions stay, so the provider can still show it answered.
 */
@Component
class PackRetention implements PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PackRetention.class);

    private final JdbcClient jdbc;
    private final FileStore files;

    PackRetention(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.SUBJECT_ACCESS_PACKS;
    }

    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        return discard(jdbc.sql("""
                WITH old AS (SELECT id, pack_file_id FROM subject_access_request
                             WHERE pack_file_id IS NOT NULL AND decided_at < :cutoff FOR UPDATE)
                UPDATE subject_access_request s SET pack_file_id = NULL FROM old WHERE s.id = old.id
                RETURNING old.pack_file_id""")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).query(String.class).list());
    }

    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        return discard(jdbc.sql("""
                WITH old AS (SELECT id, pack_file_id FROM subject_access_request
                             WHERE pack_file_id IS NOT NULL AND learner_id = :learner FOR UPDATE)
                UPDATE subject_access_request s SET pack_file_id = NULL FROM old WHERE s.id = old.id
                RETURNING old.pack_file_id""")
                .param("learner", subject.learnerId()).query(String.class).list());
    }

    private int discard(List<String> fileIds) {
        for (String id : fileIds) {
            try {
                files.delete(id);
            } catch (IOException e) {
                log.warn("A subject access pack past its retention period could not be deleted from the file store", e);
            }
        }
        return fileIds.size();
    }
}
