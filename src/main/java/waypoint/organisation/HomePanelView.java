package waypoint.organisation;

/**
 * A home-page panel ready to show: the Thymeleaf fragment to insert and the one object it reads. The fragment is
 * declared with a single parameter named {@code panel}, for example
 * {@code <section th:fragment="next-steps(panel)">} in {@code templates/enrolment/home-panels.html}.
 */
public record HomePanelView(String template, String fragment, Object model) {
}
