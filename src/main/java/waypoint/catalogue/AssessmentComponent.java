package waypoint.catalogue;

/**
 * One component of a reformed assessment plan (docs/domain/assessment-reform.md): an assessment method of the standard
 * version, with when it is taken (during the programme, or after the gateway to completion), who marks it (the
 * training provider or the assessment organisation) and how many attempts the plan allows (the first one and any
 * resits). Its grades are the method's own.
 */
public record AssessmentComponent(String method, Window window, Marker markedBy, int attemptsAllowed) {

    /** The fewest and the most attempts a plan may allow (the first attempt counts). */
    public static final int LEAST_ATTEMPTS = 1;
    public static final int MOST_ATTEMPTS = 5;

    /** When the component is taken. */
    public enum Window {
        ON_PROGRAMME("During the programme"),
        AFTER_GATEWAY("After the gateway to completion");

        private final String words;

        Window(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Who marks the component. */
    public enum Marker {
        PROVIDER("The training provider"),
        ASSESSMENT_ORGANISATION("The assessment organisation");

        private final String words;

        Marker(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean onProgramme() {
        return window == Window.ON_PROGRAMME;
    }

    public boolean markedByProvider() {
        return markedBy == Marker.PROVIDER;
    }
}
