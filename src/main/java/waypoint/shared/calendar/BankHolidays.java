package waypoint.shared.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The England and Wales bank holidays Waypoint knows: those of a gov.uk file, as listed, for the years the file
 * covers (a year is covered when the file lists at least one holiday in it), and the computed estimates for every
 * other year. Immutable; the computed years are cached.
 */
public final class BankHolidays {

    /** Bounds the cache of computed years, which a caller could otherwise grow by asking about far-off dates. */
    private static final int MAXIMUM_CACHED_YEARS = 400;

    private final Map<Integer, List<BankHoliday>> listed;
    private final Map<Integer, List<BankHoliday>> computed = new ConcurrentHashMap<>();
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    private BankHolidays(Map<Integer, List<BankHoliday>> listed) {
        this.listed = listed;
    }

    /** From the holidays a file lists (each with {@code estimated} false). */
    public static BankHolidays listed(Collection<BankHoliday> holidays) {
        Map<Integer, List<BankHoliday>> byYear = holidays.stream()
                .collect(Collectors.groupingBy(h -> h.date().getYear(), TreeMap::new, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted(Comparator.comparing(BankHoliday::date)).toList())));
        return new BankHolidays(Map.copyOf(byYear));
    }

    public boolean isBankHoliday(LocalDate date) {
        Set<LocalDate> dates = datesByYear.get(date.getYear());
        if (dates == null) {
            dates = inYear(date.getYear()).stream().map(BankHoliday::date).collect(Collectors.toUnmodifiableSet());
            if (datesByYear.size() > MAXIMUM_CACHED_YEARS) {
                datesByYear.clear();
            }
            datesByYear.put(date.getYear(), dates);
        }
        return dates.contains(date);
    }

    /** The year's holidays in date order: as the file lists them, or computed and marked estimated. */
    public List<BankHoliday> inYear(int year) {
        List<BankHoliday> fromFile = listed.get(year);
        if (fromFile != null) {
            return fromFile;
        }
        if (computed.size() > MAXIMUM_CACHED_YEARS) {
            computed.clear();
        }
        return computed.computeIfAbsent(year, EstimatedBankHolidays::forYear);
    }

    public boolean covers(int year) {
        return listed.containsKey(year);
    }

    public int firstYearCovered() {
        return listed.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    public int lastYearCovered() {
        return listed.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
