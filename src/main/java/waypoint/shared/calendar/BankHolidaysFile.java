package waypoint.shared.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the gov.uk bank holidays JSON (https://www.gov.uk/bank-holidays.json): an object whose
 * {@code england-and-wales} division has {@code events}, each with a {@code title} and an ISO {@code date}.
 * Other divisions (Scotland, Northern Ireland) are ignored: Waypoint's working days are England and Wales ones
 * (see docs/domain/working-days.md). A file with anything wrong is rejected whole, never half used.
 */
public final class BankHolidaysFile {

    public static final String DIVISION = "england-and-wales";
    public static final int MAXIMUM_BYTES = 1024 * 1024;
    private static final String SHIPPED = "/calendar/bank-holidays.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BankHolidaysFile() {
    }

    /** The copy shipped with Waypoint (see resources/calendar/README.md for its source). */
    public static List<BankHoliday> shipped() {
        try (InputStream in = BankHolidaysFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The shipped bank holidays file " + SHIPPED + " is missing");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The England and Wales holidays of a file, or an exception saying what is wrong with it. */
    public static List<BankHoliday> parse(byte[] content) {
        if (content.length == 0) {
            throw new InvalidBankHolidaysFileException("The selected file is empty");
        }
        if (content.length > MAXIMUM_BYTES) {
            throw new InvalidBankHolidaysFileException("The selected file must be smaller than 1 MB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw new InvalidBankHolidaysFileException("The selected file must be a JSON file (it could not be read as JSON)");
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new InvalidBankHolidaysFileException("The selected file must be the gov.uk bank holidays JSON, with an "
                    + "‘england-and-wales’ division that lists its events");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        int number = 0;
        for (JsonNode event : events) {
            number++;
            holidays.add(holiday(event, number));
        }
        return List.copyOf(holidays);
    }

    private static BankHoliday holiday(JsonNode event, int number) {
        String title = event.path("title").isString() ? event.path("title").stringValue().strip() : "";
        if (title.isEmpty()) {
            throw new InvalidBankHolidaysFileException("Event " + number + " of ‘england-and-wales’ in the selected file has no title");
        }
        String date = event.path("date").isString() ? event.path("date").stringValue() : "";
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidBankHolidaysFileException("Event " + number + " (" + title + ") of ‘england-and-wales’ in the "
                    + "selected file must have a real date in the format YYYY-MM-DD");
        }
        String notes = event.path("notes").isString() ? event.path("notes").stringValue() : "";
        return new BankHoliday(parsed, title, notes.toLowerCase().contains("substitute"), false);
    }
}
