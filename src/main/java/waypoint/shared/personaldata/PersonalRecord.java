package waypoint.shared.personaldata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import waypoint.shared.time.GovUkDates;

/**
 * One record about the subject: its heading, its facts in reading order (label to value, as the page shows them),
 * the files it holds, and the names of other people it contains (who wrote a message, who raised a complaint), for
 * the data protection officer to decide on before release.
 */
public record PersonalRecord(String id, String heading, Map<String, String> fields, List<PersonalFile> files,
        List<String> otherPeople) {

    public PersonalRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        files = List.copyOf(files);
        otherPeople = List.copyOf(new java.util.LinkedHashSet<>(otherPeople));
    }

    /**
     * A value as the pack writes it: a moment as its date and time in Europe/London to the second
     * ({@code 2026-12-06T14:09:44Z} becomes {@code 2026-12-06 14:09:44}), anything else as its text.
     */
    public static String text(Object value) {
        Object v = value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : value;
        if (v instanceof java.time.Instant at) {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(at.atZone(GovUkDates.LONDON));
        }
        return String.valueOf(v);
    }

    public static Builder record(Object id, String heading) {
        return new Builder(String.valueOf(id), heading);
    }

    /** Writes a record field by field; an empty value is left out. */
    public static final class Builder {
        private final String id;
        private final String heading;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<PersonalFile> files = new ArrayList<>();
        private final List<String> otherPeople = new ArrayList<>();

        private Builder(String id, String heading) {
            this.id = id;
            this.heading = heading;
        }

        public Builder field(String label, Object value) {
            if (value != null && !String.valueOf(value).isBlank()) {
                fields.put(label, text(value));
            }
            return this;
        }

        public Builder file(String fileId, String name, String mediaType) {
            if (fileId != null && !fileId.isBlank()) {
                files.add(new PersonalFile(fileId, Objects.requireNonNullElse(name, fileId),
                        Objects.requireNonNullElse(mediaType, "application/octet-stream")));
            }
            return this;
        }

        /** Names someone other than the subject whose personal data is in this record. */
        public Builder otherPerson(String name) {
            if (name != null && !name.isBlank()) {
                otherPeople.add(name.strip());
            }
            return this;
        }

        public PersonalRecord build() {
            return new PersonalRecord(id, heading, fields, files, otherPeople);
        }
    }
}
