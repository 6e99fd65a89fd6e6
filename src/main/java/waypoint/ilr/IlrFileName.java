package waypoint.ilr;

import java.time.format.DateTimeFormatter;

/**
 * The name the ILR specification gives a file: {@code ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.XML}, the provider's
 * UKPRN, the year's code (2526), the date and time the file was prepared and its two-digit serial number
 * (docs/domain/ilr.md, "The file").
 */
public final class IlrFileName {

    private static final DateTimeFormatter PREPARED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private IlrFileName() {
    }

    public static String of(IlrFileHeader header) {
        String serial = header.serialNo() == null ? "" : header.serialNo().strip();
        if (!serial.matches("[0-9]{1,2}")) {
            throw new IllegalArgumentException("The serial number of a return is one or two digits");
        }
        return "ILR-%08d-%s-%s-%02d.XML".formatted(header.ukprn(), header.year().code(),
                header.preparedAt().format(PREPARED), Integer.parseInt(serial));
    }
}
