package waypoint.otj.internal;

/**
 * The provider's thresholds: amber when approved hours fall below {@code amberBelowPercent} of those expected to
 * date, red below {@code redBelowPercent}.
 */
public record Thresholds(int amberBelowPercent, int redBelowPercent) {

    public static final Thresholds DEFAULT = new Thresholds(90, 75);
}
