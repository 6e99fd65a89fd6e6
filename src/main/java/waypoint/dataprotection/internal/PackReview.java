package waypoint.dataprotection.internal;

import java.util.List;

/**
 * What the data protection officer looks at before release: each section gathered, how many records and files it
 * holds, the other people it names, and, for a section never released automatically, the records it lists.
 */
public record PackReview(List<Section> sections) {

    public record Section(String key, String title, boolean dataProtectionOfficerOnly, int records, int files,
            List<String> otherPeople, List<String> listedRecords) {

        public boolean namesOthers() {
            return !otherPeople.isEmpty();
        }
    }

    public PackReview {
        sections = List.copyOf(sections);
    }

    /** The sections that may go out with the pack, which the officer may refuse in part. */
    public List<Section> releasable() {
        return sections.stream().filter(s -> !s.dataProtectionOfficerOnly()).toList();
    }

    public List<Section> keptBack() {
        return sections.stream().filter(Section::dataProtectionOfficerOnly).toList();
    }

    public boolean namesOthers() {
        return sections.stream().anyMatch(Section::namesOthers);
    }
}
