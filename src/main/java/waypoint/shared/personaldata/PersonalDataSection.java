package waypoint.shared.personaldata;

import java.util.List;

/**
 * One kind of record a module holds about the subject ("Off-the-job training entries"), with its records.
 *
 * @param key     a short name for the section in the machine-readable pack, such as {@code otj-entries}
 * @param release whether the section goes out as it is, or waits for the data protection officer
 */
public record PersonalDataSection(String key, String title, Release release, List<PersonalRecord> records) {

    /** How a section may be released to the person who asked. */
    public enum Release {
        /** Released with the pack, once the data protection officer has reviewed what it names of other people. */
        WITH_REVIEW,
        /**
         * Never released automatically (safeguarding records): listed for the data protection officer only, who
         * decides outside the pack what, if anything, may be disclosed.
         */
        DATA_PROTECTION_OFFICER_ONLY
    }

    public PersonalDataSection {
        records = List.copyOf(records);
    }

    public static PersonalDataSection of(String key, String title, List<PersonalRecord> records) {
        return new PersonalDataSection(key, title, Release.WITH_REVIEW, records);
    }
}
