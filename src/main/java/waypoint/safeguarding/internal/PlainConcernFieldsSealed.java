package waypoint.safeguarding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedBeforeTheDrop;

/**
 * Before migration V103 drops the plain kind and raiser of concerns and the plain agency of their entries, the values a
 * node of an older release left there are sealed as this release keeps them, in the migration's transaction
 * (docs/adr/0012-envelope-encryption-with-tink.md, "Contract").
 */
@Component
public class PlainConcernFieldsSealed extends SealedBeforeTheDrop {

    private final FieldCipher cipher;

    @Autowired
    PlainConcernFieldsSealed(NarrativeCipher cipher) {
        this((FieldCipher) cipher);
    }

    /** For a tool or a test that holds the safeguarding key itself. */
    public PlainConcernFieldsSealed(FieldCipher cipher) {
        super("103", "safeguarding concerns");
        this.cipher = cipher;
    }

    @Override
    protected int seal(Connection connection) throws SQLException {
        return seal(connection, "concern", "kind", "kind", ConcernStore::concernField)
                + seal(connection, "concern", "raised_by_account_id", "raised_by_account", ConcernStore::concernField)
                + seal(connection, "concern_entry", "agency", "agency", ConcernStore::entryField);
    }

    private int seal(Connection connection, String table, String plain, String field, Context context)
            throws SQLException {
        Map<UUID, String> values = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + plain + "::text AS v FROM "
                + table + " WHERE " + plain + " IS NOT NULL FOR UPDATE");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getObject("id", UUID.class), rs.getString("v"));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + field
                + "_enc = ?, " + plain + " = NULL WHERE id = ?")) {
            for (Map.Entry<UUID, String> value : values.entrySet()) {
                update.setBytes(1, cipher.encrypt(value.getValue(), context.of(value.getKey(), field)));
                update.setObject(2, value.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return values.size();
    }

    private interface Context {
        String of(UUID id, String field);
    }
}
