package waypoint.catalogue.internal;

import java.io.Serializable;
import java.time.Instant;

import waypoint.shared.time.GovUkDates;

/**
 * An import's file gave a figure an administrator had recorded a different value: the recorded value is kept until
 * an administrator accepts the file's value or keeps theirs (docs/domain/standards-data.md, “Edits and imports”).
 *
 * @param recorded  the administrator's value, as it was when the import found the difference
 * @param fileValue the file's value (never null: a file that leaves a figure out does not differ from it)
 * @param foundBy   the import that found it, as people read it (“Upload by Alex Admin”)
 * @param kept      an administrator kept their figure against this file value: later imports giving the same value
 *                  do not ask again; a file giving yet another value does
 */
public record FigureDifference(Figure figure, String recorded, String fileValue, String foundBy, Instant foundAt,
        boolean kept) implements Serializable {

    /** “Funding band maximum: the file says £9,500; £9,000 as recorded is kept”. */
    public String describe() {
        return figure.label() + ": the file says " + figure.words(fileValue) + "; " + figure.words(recorded)
                + " as recorded is kept";
    }

    public String foundAtInWords() {
        return GovUkDates.time(foundAt);
    }

    public String fileValueInWords() {
        return figure.words(fileValue);
    }

    public String recordedInWords() {
        return figure.words(recorded);
    }
}
