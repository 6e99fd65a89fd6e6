package waypoint.supportcase.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The signal codes and their names for the at-risk list's filter. Sources in other modules add their own codes. */
public final class Signals {

    public static final String OTJ_BEHIND = "OTJ_BEHIND";
    public static final String NO_ACTIVE_LEARNING = "NO_ACTIVE_LEARNING";
    public static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";
    public static final String ENGLISH_MATHS = "ENGLISH_MATHS";
    public static final String KSB_COVERAGE = waypoint.supportcase.AtRiskSignal.KSB_COVERAGE;
    public static final String SESSION_CADENCE = waypoint.supportcase.AtRiskSignal.SESSION_CADENCE;
    public static final String OVERDUE_ACTIONS = waypoint.supportcase.AtRiskSignal.OVERDUE_ACTIONS;

    public static final Map<String, String> NAMES = names();

    private Signals() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(OTJ_BEHIND, "Off-the-job hours behind pace");
        names.put(NO_ACTIVE_LEARNING, "No active learning");
        names.put(REVIEW_OVERDUE, "Progress review overdue");
        names.put(ENGLISH_MATHS, "English and maths not achieved");
        names.put(KSB_COVERAGE, "KSB coverage behind");
        names.put(SESSION_CADENCE, "No teaching session within the cadence");
        names.put(OVERDUE_ACTIONS, "Overdue actions");
        return java.util.Collections.unmodifiableMap(names);
    }
}
