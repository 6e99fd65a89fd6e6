package waypoint.shared.files;

/** A file that may not be kept, with a message for the person who chose it ("The file must be a PDF or an image"). */
public class UploadRejectedException extends RuntimeException {

    public UploadRejectedException(String message) {
        super(message);
    }
}
