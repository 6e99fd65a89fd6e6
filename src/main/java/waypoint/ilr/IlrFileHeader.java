package waypoint.ilr;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a file says about itself: the collection year, the provider (UKPRN), when it was prepared, the serial number
 * of the return and the software that wrote it (the ILR's {@code Header} and {@code LearningProvider}).
 */
public record IlrFileHeader(IlrYear year, int ukprn, LocalDate preparedOn, LocalDateTime preparedAt, String serialNo,
                            String softwareSupplier, String softwarePackage, String release) {
}
