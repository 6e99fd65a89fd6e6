package waypoint.ilr;

final class DeliveryRules {

    private DeliveryRules() {
    }

    static void define(IlrRuleSet rules) {
    }
}
