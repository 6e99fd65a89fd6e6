package waypoint.enrolment;

import java.math.BigDecimal;

/**
 * The ILR's lists for an apprentice's employment status records, each answer in words with its ILR code behind it
 * (docs/domain/ilr.md, "Employment status"), named as the ILR specification 2025 to 2026 names them.
 */
public final class EmploymentLists {

    private EmploymentLists() {
    }

    /** ILR EmpStat: the employment status. */
    public enum EmpStat {
        IN_PAID_EMPLOYMENT(10, "In paid employment"),
        NOT_EMPLOYED_LOOKING(11, "Not in paid employment, looking for work and available to start work"),
        NOT_EMPLOYED_NOT_LOOKING(12, "Not in paid employment, not looking for work and/or not available to start work"),
        NOT_KNOWN(98, "Not known or not provided");

        private final int code;
        private final String label;

        EmpStat(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** ILR employment status monitoring LOE: how long the learner has been employed. */
    public enum LengthOfEmployment {
        UP_TO_3_MONTHS(1, "Up to 3 months"),
        FOUR_TO_6_MONTHS(2, "4 to 6 months"),
        SEVEN_TO_12_MONTHS(3, "7 to 12 months"),
        MORE_THAN_12_MONTHS(4, "More than 12 months");

        private final int code;
        private final String label;

        LengthOfEmployment(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** ILR employment status monitoring BSI: a benefit the learner receives. */
    public enum Benefits {
        JOBSEEKERS_ALLOWANCE(1, "Jobseeker's Allowance"),
        OTHER_STATE_BENEFIT(3, "Another state benefit"),
        UNIVERSAL_CREDIT(4, "Universal Credit"),
        EMPLOYMENT_AND_SUPPORT_ALLOWANCE(5, "Employment and Support Allowance");

        private final int code;
        private final String label;

        Benefits(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** ILR employment status monitoring EII: the band of hours worked a week, read from the weekly hours. */
    public enum EmploymentIntensity {
        UP_TO_10_HOURS(5, "0 to 10 hours a week"),
        ELEVEN_TO_20_HOURS(6, "11 to 20 hours a week"),
        TWENTY_ONE_TO_30_HOURS(7, "21 to 30 hours a week"),
        THIRTY_ONE_HOURS_OR_MORE(8, "31 or more hours a week");

        private final int code;
        private final String label;

        EmploymentIntensity(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** The band the weekly hours fall in; none when the hours are not known. */
        public static EmploymentIntensity of(BigDecimal weeklyHours) {
            if (weeklyHours == null) {
                return null;
            }
            if (weeklyHours.compareTo(BigDecimal.valueOf(10)) <= 0) {
                return UP_TO_10_HOURS;
            }
            if (weeklyHours.compareTo(BigDecimal.valueOf(20)) <= 0) {
                return ELEVEN_TO_20_HOURS;
            }
            return weeklyHours.compareTo(BigDecimal.valueOf(30)) <= 0 ? TWENTY_ONE_TO_30_HOURS
                    : THIRTY_ONE_HOURS_OR_MORE;
        }
    }
}
