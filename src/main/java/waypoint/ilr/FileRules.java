package waypoint.ilr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official file level rules: the file's header, its name (ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.XML) and a file
 * without learners (docs/domain/ilr.md, "Checking a return before upload").
 */
final class FileRules {

    private static final Pattern FILE_NAME = Pattern.compile("ILR-([^-]*)-([^-]*)-([^-]*)-([^-]*)-([^.]*)\\.XML",
            Pattern.CASE_INSENSITIVE);

    private FileRules() {
    }

    static void define(IlrRuleSet rules) {
        rules.header("Header_2", "FilePreparationDate", IlrFix.FILE,
                "The file is dated after today: prepare it again today", (header, facts) ->
                        header.preparedOn() != null && facts.today().map(header.preparedOn()::isAfter).orElse(false));

        rules.fileName("Filename_1", "File name", IlrFix.FILE,
                "The file's name is not in the form ILR-UKPRN-year-date-time-serial number.XML: keep the name "
                        + "Waypoint gives it", (name, header, facts) -> parts(name).isEmpty());
        rules.fileName("Header_3", "UKPRN", IlrFix.FILE,
                "The UKPRN in the file's name is not the provider's UKPRN in the file: keep the name Waypoint gives it",
                (name, header, facts) -> parts(name).map(p -> !p.group(1).equals(Integer.toString(header.ukprn())))
                        .orElse(false));
        rules.fileName("Filename_4", "File name", IlrFix.FILE,
                "The collection year in the file's name is not the year of this return: export the return again",
                (name, header, facts) -> parts(name).map(p -> !p.group(2).equals(facts.year.code())).orElse(false));
        rules.fileName("Filename_5", "SerialNo", IlrFix.FILE,
                "The serial number at the end of the file's name is not two digits: keep the name Waypoint gives it",
                (name, header, facts) -> parts(name).map(p -> !p.group(5).matches("[0-9]{2}")).orElse(false));
        rules.fileName("Filename_6", "SerialNo", IlrFix.FILE,
                "The serial number at the end of the file's name is 00: the first return of a year is 01",
                (name, header, facts) -> parts(name).map(p -> p.group(5).equals("00")).orElse(false));
        rules.fileName("Filename_7", "File name", IlrFix.FILE,
                "The date in the file's name is after today: export the return again",
                (name, header, facts) -> parts(name).flatMap(p -> date(p.group(3)))
                        .flatMap(d -> facts.today().map(d::isAfter)).orElse(false));

        rules.acrossLearners("Entity_1", "Learner", IlrFix.FILE,
                "The return has no learners: there is nothing to upload for this period");
    }

    private static Optional<Matcher> parts(String name) {
        Matcher m = FILE_NAME.matcher(name);
        if (!m.matches() || !m.group(1).matches("[0-9]{8}") || !m.group(2).matches("[0-9]{4}")
                || !m.group(3).matches("[0-9]{8}") || !m.group(4).matches("[0-9]{6}")) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    private static Optional<LocalDate> date(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
