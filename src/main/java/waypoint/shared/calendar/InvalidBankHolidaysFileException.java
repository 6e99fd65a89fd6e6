package waypoint.shared.calendar;

/** A bank holidays file that is not the gov.uk shape, with what is wrong, in words for the person uploading it. */
public class InvalidBankHolidaysFileException extends RuntimeException {

    public InvalidBankHolidaysFileException(String message) {
        super(message);
    }
}
