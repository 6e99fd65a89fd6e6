package waypoint.shared.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.shared.calendar.BankHoliday;
import waypoint.shared.calendar.BankHolidays;
import waypoint.shared.calendar.BankHolidaysFile;
import waypoint.shared.calendar.CalendarSource;
import waypoint.shared.calendar.InvalidBankHolidaysFileException;

/**
 * The bank holidays in use, parsed once and kept in memory, because working-day sums ask about every date.
 * <p>
 * Several app nodes share one database, and an upload reaches only the node that took it. So each node re-checks the
 * stored version (the newest upload's id, an index-only query) at most every {@link #VERSION_CHECK_INTERVAL} and
 * re-reads the file only when the version has changed; the uploading node refreshes at once after its commit.
 */
@Component
public class CurrentBankHolidays implements Supplier<BankHolidays> {

    static final Duration VERSION_CHECK_INTERVAL = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(CurrentBankHolidays.class);

    private record Loaded(CalendarSource source, BankHolidays holidays) {
    }

    private final BankHolidayFileStore store;
    private final Clock clock;
    private volatile Loaded loaded;
    private volatile long nextCheckMillis;

    CurrentBankHolidays(BankHolidayFileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public BankHolidays get() {
        return current().holidays();
    }

    public CalendarSource source() {
        return current().source();
    }

    /** Makes the next question re-check the stored version (called once an upload has committed). */
    public void refresh() {
        nextCheckMillis = 0;
    }

    private Loaded current() {
        Loaded known = loaded;
        if (known != null && clock.millis() < nextCheckMillis) {
            return known;
        }
        synchronized (this) {
            if (loaded == null || clock.millis() >= nextCheckMillis) {
                long version = store.latestVersion();
                if (loaded == null || loaded.source().version() != version) {
                    loaded = load();
                }
                nextCheckMillis = clock.millis() + VERSION_CHECK_INTERVAL.toMillis();
            }
            return loaded;
        }
    }

    private Loaded load() {
        return store.latest().flatMap(file -> {
            try {
                BankHolidays holidays = BankHolidays.listed(BankHolidaysFile.parse(file.content()));
                return Optional.of(new Loaded(new CalendarSource(file.version(), file.fileName(),
                        file.uploadedAt(), file.uploadedBy(), file.firstYear(), file.lastYear()), holidays));
            } catch (InvalidBankHolidaysFileException e) {
                // Uploads are validated before they are stored, so this means the row was changed by hand.
                log.error("Stored bank holidays file {} is not valid ({}); using the shipped file", file.version(), e.getMessage());
                return Optional.empty();
            }
        }).orElseGet(CurrentBankHolidays::shipped);
    }

    private static Loaded shipped() {
        List<BankHoliday> listed = BankHolidaysFile.shipped();
        BankHolidays holidays = BankHolidays.listed(listed);
        return new Loaded(new CalendarSource(CalendarSource.SHIPPED_VERSION, "bank-holidays.json", null, null,
                holidays.firstYearCovered(), holidays.lastYearCovered()), holidays);
    }
}
