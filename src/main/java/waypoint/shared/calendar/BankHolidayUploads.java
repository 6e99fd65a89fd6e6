package waypoint.shared.calendar;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import waypoint.shared.audit.RecordChanged;
import waypoint.shared.calendar.internal.BankHolidayFileStore;
import waypoint.shared.calendar.internal.CurrentBankHolidays;

/**
 * An administrator loads a newer gov.uk bank holidays file. It is checked whole before it is stored: a bad file
 * changes nothing, and the file in use stays. The newest stored file wins over the shipped copy on every node.
 */
@Service
public class BankHolidayUploads {

    static final String RECORD_TYPE = "Bank holidays file";

    private final BankHolidayFileStore store;
    private final CurrentBankHolidays current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BankHolidayUploads(BankHolidayFileStore store, CurrentBankHolidays current, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /** The source in use, for the administrator's calendar page. */
    public CalendarSource currentSource() {
        CalendarPolicy.requireAdministrator();
        return current.source();
    }

    /**
     * Validates and stores the file, making it the one in use.
     *
     * @throws InvalidBankHolidaysFileException saying what is wrong, when the file is not the gov.uk shape
     */
    @Transactional
    public CalendarSource upload(String fileName, byte[] content) {
        String administrator = CalendarPolicy.requireAdministrator();
        BankHolidays holidays = BankHolidays.listed(BankHolidaysFile.parse(content));
        CalendarSource before = current.source();
        String name = fileName == null || fileName.isBlank() ? "bank-holidays.json" : truncate(fileName.strip(), 255);
        Instant now = clock.instant();
        long version = store.save(name, content, holidays.firstYearCovered(), holidays.lastYearCovered(), now, administrator);
        CalendarSource after = new CalendarSource(version, name, now, administrator,
                holidays.firstYearCovered(), holidays.lastYearCovered());
        events.publishEvent(new RecordChanged(RECORD_TYPE, String.valueOf(version), RecordChanged.Action.CREATED,
                "in use: " + before.summary(), "in use: " + after.summary()));
        refreshAfterCommit();
        return after;
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    current.refresh();
                }
            });
        } else {
            current.refresh();
        }
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
