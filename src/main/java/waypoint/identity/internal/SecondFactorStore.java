package waypoint.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps {@link SecondFactor}s: the key sealed by {@link SecondFactorCipher}, recovery codes as hashes. */
@Repository
class SecondFactorStore {

    private final JdbcClient jdbc;
    private final SecondFactorCipher cipher;

    SecondFactorStore(JdbcClient jdbc, SecondFactorCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private static String context(UUID accountId) {
        return "account_second_factor:" + accountId + ":totp_secret";
    }

    Optional<SecondFactor> find(UUID accountId) {
        List<SecondFactor.RecoveryCode> codes = jdbc.sql(
                        "SELECT code_hash, used_at FROM account_recovery_code WHERE user_id = :id ORDER BY code_hash")
                .param("id", accountId)
                .query((rs, n) -> new SecondFactor.RecoveryCode(rs.getString("code_hash"),
                        instant(rs.getTimestamp("used_at"))))
                .list();
        return jdbc.sql("SELECT * FROM account_second_factor WHERE user_id = :id").param("id", accountId)
                .query((rs, n) -> new SecondFactor(accountId, cipher.decrypt(rs.getBytes("totp_secret"), context(accountId)),
                        rs.getTimestamp("confirmed_at").toInstant(), rs.getLong("last_time_step"), codes,
                        rs.getInt("version")))
                .optional();
    }

    boolean exists(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM account_second_factor WHERE user_id = :id").param("id", accountId)
                .query(Integer.class).single() > 0;
    }

    /** Saves a new factor (replacing any earlier one) or the use of a code, checking the version read. */
    void save(SecondFactor factor) {
        UUID id = factor.accountId();
        if (factor.version() == null) {
            delete(id);
            jdbc.sql("""
                    INSERT INTO account_second_factor (user_id, totp_secret, confirmed_at, last_time_step)
                    VALUES (:id, :secret, :confirmed, :step)""")
                    .param("id", id).param("secret", cipher.encrypt(factor.secret(), context(id)))
                    .param("confirmed", Timestamp.from(factor.confirmedAt())).param("step", factor.lastTimeStep())
                    .update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE account_second_factor SET last_time_step = :step, version = version + 1
                    WHERE user_id = :id AND version = :version""")
                    .param("id", id).param("step", factor.lastTimeStep()).param("version", factor.version())
                    .update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("The second factor changed meanwhile");
            }
            jdbc.sql("DELETE FROM account_recovery_code WHERE user_id = :id").param("id", id).update();
        }
        for (SecondFactor.RecoveryCode code : factor.recoveryCodes()) {
            jdbc.sql("INSERT INTO account_recovery_code (user_id, code_hash, used_at) VALUES (:id, :hash, :used)")
                    .param("id", id).param("hash", code.hash())
                    .param("used", code.usedAt() == null ? null : Timestamp.from(code.usedAt())).update();
        }
    }

    boolean delete(UUID accountId) {
        return jdbc.sql("DELETE FROM account_second_factor WHERE user_id = :id").param("id", accountId).update() > 0;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
