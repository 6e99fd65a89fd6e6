package waypoint.shared.crypto;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a module's table that holds {@link FieldCipher} ciphertext, for the rotation job: the value of row
 * {@code id} was sealed with the context {@code <context>:<id>:<field>}. Names come from the module's own code,
 * never from input.
 *
 * @param table the module's table ("concern")
 * @param idColumn its key column ("id")
 * @param column the ciphertext column ("description_enc")
 * @param context the record part of the context ("concern")
 * @param field the field part of the context ("description")
 */
public record SealedColumn(String table, String idColumn, String column, String context, String field) {

    public SealedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (!name.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
                throw new IllegalArgumentException("Not a column or table name: " + name);
            }
        }
    }

    /**
     * The columns {@code <field>_enc} of one table, each sealed with the context {@code <context>:<id>:<field>}: the
     * usual naming of a module's ciphertext columns.
     */
    public static List<SealedColumn> fieldsOf(String table, String idColumn, String context, String... fields) {
        return Arrays.stream(fields).map(field -> new SealedColumn(table, idColumn, field + "_enc", context, field))
                .toList();
    }

    public String contextOf(Object id) {
        return context + ":" + id + ":" + field;
    }
}
