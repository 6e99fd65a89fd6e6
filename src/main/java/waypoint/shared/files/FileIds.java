package waypoint.shared.files;

import java.util.UUID;
import java.util.regex.Pattern;

/** The ids a {@link FileStore} keeps files under: random, 32 hex digits, never anything a person typed. */
final class FileIds {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private FileIds() {
    }

    static String next() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The id itself when a store could have made it; otherwise refused, so nothing typed reaches the store. */
    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a file id: " + id);
        }
        return id;
    }
}
