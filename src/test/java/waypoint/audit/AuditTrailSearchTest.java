package waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.audit.AuditTrailRecordingTest.ADMINISTRATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.RecordChanged.Action;
import waypoint.support.WaypointTest;

/** Filters and keyset paging, on entries of a record type of this test's own. */
@WaypointTest
class AuditTrailSearchTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    private final String recordType = "Search test " + UUID.randomUUID();

    @BeforeEach
    void record() {
        events.publishEvent(new RecordChanged(recordType, "a", Action.CREATED, null, "made"));
        events.publishEvent(new RecordChanged(recordType, "a", Action.UPDATED, "made", "changed"));
        events.publishEvent(new RecordChanged(recordType, "b", Action.DELETED, "gone", null));
    }

    private List<AuditEntry> search(String recordId, String action, String actor, LocalDate from, LocalDate to) {
        return trail.search(ADMINISTRATOR, new AuditSearch(recordType, recordId, action, actor, from, to, null)).entries();
    }

    @Test
    void entries_come_newest_first() {
        assertThat(search(null, null, null, null, null)).extracting(AuditEntry::action)
                .containsExactly("DELETED", "UPDATED", "CREATED");
    }

    @Test
    void the_record_type_matches_whatever_its_case() {
        assertThat(trail.search(ADMINISTRATOR, new AuditSearch(recordType.toUpperCase(), null, null, null, null, null, null))
                .entries()).hasSize(3);
    }

    @Test
    void entries_are_filtered_by_record_id_and_action() {
        assertThat(search("a", null, null, null, null)).hasSize(2);
        assertThat(search("a", "UPDATED", null, null, null)).singleElement()
                .extracting(AuditEntry::after).isEqualTo("changed");
    }

    @Test
    void who_matches_text_within_the_name_or_email() {
        assertThat(search(null, null, "SYST", null, null)).hasSize(3);
        assertThat(search(null, null, "nobody%", null, null)).isEmpty();
    }

    @Test
    void dates_are_whole_days_with_both_ends_included() {
        LocalDate today = LocalDate.now(clock);
        assertThat(search(null, null, null, today, today)).hasSize(3);
        assertThat(search(null, null, null, null, today.minusDays(1))).isEmpty();
        assertThat(search(null, null, null, today.plusDays(1), null)).isEmpty();
    }

    @Test
    void older_entries_continue_where_a_page_ends_without_repeating_or_missing_any() {
        String many = "Paging test " + UUID.randomUUID();
        for (int i = 1; i <= 30; i++) {
            events.publishEvent(new RecordChanged(many, String.valueOf(i), Action.CREATED, null, "entry " + i));
        }
        List<String> seen = new ArrayList<>();
        AuditSearch search = new AuditSearch(many, null, null, null, null, null, null);

        AuditPage first = trail.search(ADMINISTRATOR, search);
        first.entries().forEach(entry -> seen.add(entry.recordId()));
        assertThat(first.entries()).hasSize(AuditTrail.PAGE_SIZE);
        assertThat(first.older()).isPresent();

        AuditPage second = trail.search(ADMINISTRATOR, new AuditSearch(many, null, null, null, null, null, first.older().get()));
        second.entries().forEach(entry -> seen.add(entry.recordId()));
        assertThat(second.entries()).hasSize(5);
        assertThat(second.older()).isEmpty();

        assertThat(seen).doesNotHaveDuplicates().hasSize(30).startsWith("30", "29").endsWith("2", "1");
    }
}
