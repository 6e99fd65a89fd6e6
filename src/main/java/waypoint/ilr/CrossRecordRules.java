package waypoint.ilr;

/**
 * The official cross-record rules: records of one learner that must agree with each other, and (checked by the
 * validator across the file) a learner reference number or ULN used twice (docs/domain/ilr.md, "Checking a return
 * before upload").
 */
final class CrossRecordRules {

    private CrossRecordRules() {
    }

    static void define(IlrRuleSet rules) {
        rules.acrossLearners("R_06", "LearnRefNumber", IlrFix.LEARNER_DETAILS,
                "Two learners in the return have the same learner reference number: each learner needs their own");
        rules.acrossLearners("R_59", "ULN", IlrFix.LEARNER_DETAILS,
                "Two learners in the return have the same ULN: check both learners' records, one may be a duplicate");
    }
}
