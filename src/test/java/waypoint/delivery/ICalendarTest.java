package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.delivery.internal.ICalendar;

/** The calendar feed is RFC 5545 text a calendar app can read. */
class ICalendarTest {

    /** Unfolds (3.1) and splits into content lines: what a calendar app does first. */
    static List<String> unfold(String feed) {
        assertThat(feed).doesNotContainPattern("(?<!\r)\n");
        List<String> lines = new ArrayList<>();
        for (String physical : feed.split("\r\n")) {
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        return lines;
    }

    /** The properties of each VEVENT, by name. */
    static List<Map<String, String>> events(String feed) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : unfold(feed)) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    @Test
    void long_lines_are_folded_at_75_octets_without_splitting_a_character_and_unfold_to_the_original() {
        String topic = "Évaluation of the workplace project, the learning journal; and a long, long topic — "
                + "with “curly quotes” and emoji 🎓 to push it past seventy-five octets more than once";
        String feed = ICalendar.write("Waypoint sessions", List.of(new ICalendar.Event("1@waypoint",
                Instant.parse("2026-04-01T09:00:00Z"), Instant.parse("2026-04-27T09:30:00Z"),
                Instant.parse("2026-04-27T10:30:00Z"), topic, "Room 2, Leeds", "https://teams.example/join",
                "Line one\nLine two", false, 2)));

        for (String physical : feed.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\uFFFD");
        }
        Map<String, String> event = events(feed).get(0);
        assertThat(event.get("SUMMARY")).isEqualTo(topic.replace(",", "\\,").replace(";", "\\;"));
        assertThat(event.get("LOCATION")).isEqualTo("Room 2\\, Leeds");
        assertThat(event.get("DESCRIPTION")).isEqualTo("Line one\\nLine two");
    }

    @Test
    void times_are_in_utc_and_the_calendar_has_its_required_properties() {
        String feed = ICalendar.write("Waypoint", List.of(new ICalendar.Event("abc@waypoint",
                Instant.parse("2026-04-01T09:00:00Z"), Instant.parse("2026-07-01T09:30:00Z"),
                Instant.parse("2026-07-01T10:30:00Z"), "Topic", null, null, null, true, 3)));
        List<String> lines = unfold(feed);
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "END:VCALENDAR").anyMatch(l -> l.startsWith("PRODID:"));
        Map<String, String> event = events(feed).get(0);
        assertThat(event).containsEntry("DTSTART", "20260701T093000Z").containsEntry("DTEND", "20260701T103000Z")
                .containsEntry("UID", "abc@waypoint").containsEntry("STATUS", "CANCELLED")
                .containsEntry("SEQUENCE", "3").containsKey("DTSTAMP");
    }
}
