package waypoint.dataprotection.internal.retention;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Instant;
import java.time.LocalDate;

import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's retention setting for one kind of record: its period and what happens after
 * (docs/domain/retention.md). A kind never changed is at its default, from the public source.
 */
public record RetentionSetting(RetentionRule rule, int periodMonths, RetentionAction action, Instant updatedAt,
        String updatedByName, int version) {

    public static final int MAX_MONTHS = 1200;

    public static RetentionSetting byDefault(RetentionRule rule) {
        return new RetentionSetting(rule, rule.defaultMonths(), rule.defaultAction(), null, null, 0);
    }

    /**
     * The setting as changed: a period in whole months, from 1 to 100 years; an action the kind allows. A period or an
     * action the rules refuse is refused on its field.
     */
    public RetentionSetting changedTo(int months, RetentionAction newAction, String by, Instant at) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new FieldValidationException("months", "Enter a period from 1 to " + MAX_MONTHS + " months");
        }
        if (newAction == RetentionAction.ANONYMISE && !rule.canAnonymise()) {
            throw new FieldValidationException("action", rule.title() + " can only be deleted");
        }
        return new RetentionSetting(rule, months, newAction, at, by, version);
    }

    public boolean isDefault() {
        return updatedAt == null;
    }

    public String period() {
        return RetentionRule.period(periodMonths);
    }

    /** The moment before which the period has passed, at {@code now}: the same time {@code periodMonths} earlier. */
    public Instant cutoff(Instant now) {
        return now.atZone(LONDON).minusMonths(periodMonths).toInstant();
    }

    /** The last day a record counted from {@code start} is kept. */
    public LocalDate keptUntil(LocalDate start) {
        return start.plusMonths(periodMonths);
    }

    /** In words, such as “Kept for 6 years after the learner’s last apprenticeship ends, then anonymised.” */
    public String words() {
        return "Kept for " + period() + " " + rule.countedFrom() + ", then "
                + (action == RetentionAction.ANONYMISE ? "anonymised" : "deleted") + ".";
    }

    /** For the audit trail. */
    String summary() {
        return rule.title() + ": " + period() + ", " + action.name().toLowerCase(java.util.Locale.ROOT);
    }
}
