package waypoint.reporting.internal.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import waypoint.otj.RagStatus;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.time.GovUkDates;

/**
 * The caseload board's "signatures waiting" signal (docs/domain/accountability.md, "The caseload board"): each
 * document sent for signatures that someone has still to sign (the newest training plan version, a progress review's
 * record), who and since when. Nothing waiting is green; something waiting is green while it is within the provider's
 * chasing interval (the review settings' days before missing signatures are chased, counted in working days), amber
 * once any item has waited longer.
 */
final class SignaturesWaiting {

    /** One document waiting: what it is ("Training plan version 2"), who has still to sign, and since when. */
    record Item(String document, List<String> parties, LocalDate since) {
    }

    private SignaturesWaiting() {
    }

    static CaseloadBoard.Signal judge(List<Item> items, LocalDate today, int chaseAfterWorkingDays,
            WorkingCalendar calendar) {
        if (items.isEmpty()) {
            return new CaseloadBoard.Signal(CaseloadBoard.Kind.SIGNATURES, RagStatus.GREEN, "None waiting");
        }
        List<Item> oldestFirst = new ArrayList<>(items);
        oldestFirst.sort(Comparator.comparing(Item::since).thenComparing(Item::document));
        boolean late = false;
        List<String> words = new ArrayList<>();
        for (Item item : oldestFirst) {
            int waited = item.since().isAfter(today) ? 0 : calendar.workingDaysBetween(item.since(), today);
            late |= waited > chaseAfterWorkingDays;
            words.add(item.document() + ": waiting for " + parties(item.parties()) + " since "
                    + GovUkDates.date(item.since()) + " (" + waited
                    + (waited == 1 ? " working day)" : " working days)"));
        }
        return new CaseloadBoard.Signal(CaseloadBoard.Kind.SIGNATURES, late ? RagStatus.AMBER : RagStatus.GREEN,
                String.join("; ", words));
    }

    /** Who is still to sign, in words: the apprentice; the apprentice and the employer; all three, named. */
    private static String parties(List<String> parties) {
        List<String> named = parties.stream().map(p -> "the " + p.toLowerCase(java.util.Locale.UK)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
