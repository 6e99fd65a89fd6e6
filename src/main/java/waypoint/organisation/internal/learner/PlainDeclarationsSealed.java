package waypoint.organisation.internal.learner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedBeforeTheDrop;

/**
 * Before migration V69_2 drops the plain declaration columns, the answers a node of an older release left in them are
 * sealed as this release keeps them, in the migration's transaction (docs/adr/0012-envelope-encryption-with-tink.md,
 * "Contract"). Plain answers are the newer when a row has both: the release that sealed answers emptied the plain
 * columns whenever it wrote.
 */
@Component
public class PlainDeclarationsSealed extends SealedBeforeTheDrop {

    private final FieldCipher cipher;

    @Autowired
    PlainDeclarationsSealed(DeclarationCipher cipher) {
        this((FieldCipher) cipher);
    }

    /** For a tool or a test that holds the declarations key itself. */
    public PlainDeclarationsSealed(FieldCipher cipher) {
        super("69.2", "learners' declarations");
        this.cipher = cipher;
    }

    @Override
    protected int seal(Connection connection) throws SQLException {
        record Plain(UUID learner, DeclarationDetails details) {
        }
        List<Plain> plain = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT learner_id, health_declaration, health_details, ethnicity, sex, religion, sexual_orientation
                FROM learner_declaration
                WHERE health_declaration IS NOT NULL OR health_details IS NOT NULL OR ethnicity IS NOT NULL
                   OR sex IS NOT NULL OR religion IS NOT NULL OR sexual_orientation IS NOT NULL
                FOR UPDATE""");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                plain.add(new Plain(rs.getObject("learner_id", UUID.class), new DeclarationDetails(
                        value(Declarations.HealthDeclaration.class, rs.getString("health_declaration")),
                        rs.getString("health_details"),
                        value(Declarations.Ethnicity.class, rs.getString("ethnicity")),
                        value(Declarations.Sex.class, rs.getString("sex")),
                        value(Declarations.Religion.class, rs.getString("religion")),
                        value(Declarations.SexualOrientation.class, rs.getString("sexual_orientation")))));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE learner_declaration SET answers_enc = ?, health_declaration = NULL, health_details = NULL,
                    ethnicity = NULL, sex = NULL, religion = NULL, sexual_orientation = NULL
                WHERE learner_id = ?""")) {
            int pending = 0;
            for (Plain row : plain) {
                update.setBytes(1, DeclarationService.seal(cipher, row.learner(), row.details()));
                update.setObject(2, row.learner());
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        return plain.size();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
