package waypoint.shared.crypto;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import waypoint.shared.operations.Metrics;

/**
 * Re-encrypts, in the background and a batch at a time, every sealed value that is not yet an envelope under the
 * newest key: after a new key is put first (docs/operations.md, "Encryption keys"), values sealed before envelopes,
 * and plain values a module is moving into ciphertext. Each value is written back only if it is still the one read
 * (a compare-and-set), so a person saving meanwhile wins; reads keep working throughout, since every key of the ring
 * still decrypts. One node at a time (ShedLock). Progress: the gauge {@value Metrics#SEALED_AWAITING} per column.
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final JdbcClient jdbc;
    private final List<SealedData> sealed;
    private final MeterRegistry registry;
    private final int batch;
    private final Map<String, AtomicLong> awaiting = new ConcurrentHashMap<>();

    KeyRotation(JdbcClient jdbc, List<SealedData> sealed, MeterRegistry registry,
            @Value("${waypoint.encryption.rotation-batch:200}") int batch) {
        this.jdbc = jdbc;
        this.sealed = sealed;
        this.registry = registry;
        this.batch = batch;
    }

    /** For a test or a tool: the job over the given data, with the given batch size. */
    public static KeyRotation over(JdbcClient jdbc, List<SealedData> sealed, MeterRegistry registry, int batch) {
        return new KeyRotation(jdbc, sealed, registry, batch);
    }

    @Scheduled(fixedDelayString = "${waypoint.encryption.rotation-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "encryption-key-rotation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    public void run() {
        int done = runOnce();
        if (done > 0) {
            log.info("Encryption: {} values sealed again with the newest key; {} still to do", done, awaitingTotal());
        }
    }

    /** One batch per column; answers how many values it re-encrypted or sealed. */
    public int runOnce() {
        int done = 0;
        for (SealedData data : sealed) {
            done += data.sealPlainLeftovers(batch);
            gauge(data.cipher().what(), "plain").set(data.plainLeftovers());
            for (SealedColumn column : data.columns()) {
                done += rotate(data.cipher(), column);
                gauge(data.cipher().what(), column.table() + "." + column.column()).set(count(data.cipher(), column));
            }
        }
        return done;
    }

    /** Values still to be re-encrypted or sealed, as of the last run. */
    public long awaitingTotal() {
        return awaiting.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private int rotate(FieldCipher cipher, SealedColumn c) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT " + c.idColumn() + " AS id, " + c.column() + " AS v FROM "
                        + c.table() + " WHERE " + notCurrent(c) + " LIMIT :batch")
                .param("marker", cipher.currentKeyMarker()).param("batch", batch).query().listOfRows();
        int done = 0;
        for (Map<String, Object> row : rows) {
            byte[] old = (byte[]) row.get("v");
            byte[] fresh = cipher.reseal(old, c.contextOf(row.get("id")));
            done += jdbc.sql("UPDATE " + c.table() + " SET " + c.column() + " = :fresh WHERE " + c.idColumn()
                            + " = :id AND " + c.column() + " = :old")
                    .param("fresh", fresh).param("id", row.get("id")).param("old", old).update();
        }
        return done;
    }

    private long count(FieldCipher cipher, SealedColumn c) {
        return jdbc.sql("SELECT count(*) FROM " + c.table() + " WHERE " + notCurrent(c))
                .param("marker", cipher.currentKeyMarker()).query(Long.class).single();
    }

    private static String notCurrent(SealedColumn c) {
        return c.column() + " IS NOT NULL AND (get_byte(" + c.column() + ", 0) <> 2 OR substring(" + c.column()
                + " FROM 6 FOR 5) <> :marker)";
    }

    private AtomicLong gauge(String what, String column) {
        return awaiting.computeIfAbsent(what + "|" + column, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(Metrics.SEALED_AWAITING, value, AtomicLong::get).tag("data", what).tag("column", column)
                    .description("Sealed values not yet under the newest key, as of the rotation job's last run")
                    .register(registry);
            return value;
        });
    }
}
