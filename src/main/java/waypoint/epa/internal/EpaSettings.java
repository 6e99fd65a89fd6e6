package waypoint.epa.internal;

/**
 * The provider's EPA settings (V133), changed by an administrator. The provider's own documents give no figure for
 * end-point assessments: each standard's assessment plan sets how resits and retakes work, and each EPAO's published
 * appeals process its window (the complaints policy, “Assessment and Accreditation”: apprentices and employers “can
 * appeal directly to the end point assessment organisation following their published appeals/complaints process”). The
 * defaults: the first attempt and two more per method; 20 working days, after the learner handbook's window for appeals
 * to an awarding organisation (“Any appeal must be made within 20 days of the related assessment”), counted in working
 * days as every Waypoint deadline is.
 */
public record EpaSettings(int maximumAttempts, int appealWindowWorkingDays, int version) {

    public static final EpaSettings DEFAULTS = new EpaSettings(3, 20, 0);

    public static final int MOST_ATTEMPTS = 10;
    public static final int LONGEST_WINDOW = 90;
}
