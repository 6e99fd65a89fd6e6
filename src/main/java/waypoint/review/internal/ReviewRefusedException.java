package waypoint.review.internal;

/** A step the review table or a review's own rule does not allow now: a 409 in the API, a message on a page. */
public class ReviewRefusedException extends RuntimeException {

    public ReviewRefusedException(String reason) {
        super(reason);
    }
}
