package waypoint.ilr;

final class EmploymentRules {

    private EmploymentRules() {
    }

    static void define(IlrRuleSet rules) {
    }
}
