package waypoint.ilr;

final class FieldRules {

    private FieldRules() {
    }

    static void define(IlrRuleSet rules) {
    }
}
