package waypoint.demo.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.demo.scale.RouteBenchmark.Budget;
import waypoint.demo.scale.Routes.Route;
import waypoint.demo.scale.Routes.Variable;

/** The route benchmark's list of what to measure (docs/performance.md, "Every page and call"); it times nothing. */
class RoutesTest {

    private static final String MAPPINGS = """
            {"contexts": {"waypoint": {"mappings": {"dispatcherServlets": {"dispatcherServlet": [
              {"details": {"handlerMethod": {"className": "waypoint.otj.web.OtjApi", "name": "summary"},
                "requestMappingConditions": {"methods": ["GET"],
                  "patterns": ["/api/v1/apprenticeships/{id}/otj-summary"]}}},
              {"details": {"handlerMethod": {"className": "waypoint.review.web.ReviewPages", "name": "review"},
                "requestMappingConditions": {"methods": ["GET"], "patterns": ["/reviews/{id}"]}}},
              {"details": {"handlerMethod": {"className": "waypoint.review.web.ReviewPages", "name": "record"},
                "requestMappingConditions": {"methods": ["POST"], "patterns": ["/reviews/{id}/record"]}}},
              {"details": {"handlerMethod": {"className": "waypoint.portfolio.web.PortfolioPages", "name": "file"},
                "requestMappingConditions": {"methods": ["GET"], "patterns": [
                  "/apprenticeships/{id}/portfolio/evidence/{evidenceId}/versions/{number}/file"]}}},
              {"details": {"handlerMethod": {"className": "waypoint.enrolment.web.ApprenticeshipPages",
                "name": "action"}, "requestMappingConditions": {"methods": ["GET"], "patterns": [
                  "/apprenticeships/{id}/{action:break|return|withdraw}", "/apprenticeships/new"]}}},
              {"details": {"handlerMethod": {"className": "org.springframework.boot.webmvc.error.BasicErrorController",
                "name": "error"}, "requestMappingConditions": {"methods": [], "patterns": ["/error"]}}},
              {"handler": "ResourceHttpRequestHandler [classpath [static/]]", "predicate": "/**"}
            ]}}}}}
            """;

    @Test
    void aPageAndAnApiCallOfTheApplicationAreListedWithTheirPathVariables() {
        List<Route> routes = Routes.fromMappings(MAPPINGS);

        assertThat(routes).extracting(Route::pattern).containsExactly("/api/v1/apprenticeships/{id}/otj-summary",
                "/apprenticeships/new", "/apprenticeships/{id}/portfolio/evidence/{evidenceId}/versions/{number}/file",
                "/apprenticeships/{id}/{action:break|return|withdraw}", "/reviews/{id}");
        Route summary = routes.get(0);
        assertThat(summary.api()).isTrue();
        assertThat(summary.variables()).extracting(Variable::kind).containsExactly("apprenticeship");
        assertThat(routes.get(4).api()).isFalse();
        assertThat(routes.get(4).variables()).extracting(Variable::kind).containsExactly("review");
        assertThat(routes.get(2).variables()).extracting(Variable::kind)
                .containsExactly("apprenticeship", "evidence", "version number");
    }

    @Test
    void aLinkOnAPageIsMatchedToTheRouteSpringWouldChooseAndGivesItsIds() {
        List<Route> routes = Routes.fromMappings(MAPPINGS);

        assertThat(Routes.routeOf(routes, "/apprenticeships/new")).get().extracting(Route::pattern)
                .isEqualTo("/apprenticeships/new");
        Route action = Routes.routeOf(routes, "/apprenticeships/a1/withdraw").orElseThrow();
        assertThat(action.bind("/apprenticeships/a1/withdraw")).contains(Map.of("id", "a1", "action", "withdraw"));
        assertThat(Routes.routeOf(routes, "/apprenticeships/a1/portfolio")).isEmpty();
    }

    @Test
    void aRouteIsFilledWithIdsAndAFixedChoiceTakesItsFirstValue() {
        Route action = Route.of("/apprenticeships/{id}/{action:break|return|withdraw}", "h");

        assertThat(action.fill(v -> v.fixedValue().orElse("a1"))).isEqualTo("/apprenticeships/a1/break");
        assertThat(action.fill(v -> v.fixedValue().orElse(null))).isNull();
    }

    @Test
    void theSectionSaysEachRouteWasWarmedUpAndHowManyTimesItWasMeasuredAtEachLoad() {
        String how = RouteBenchmark.howMeasured(556, 5, 3, 10, 1000, false);

        assertThat(how).contains("556 pairs", "every pair asked for 5 times, unmeasured", "3 requests each at 1 user",
                "50 users at once", "2 of them running the provider-wide reports and downloads",
                "each pair at least 10 times").doesNotContain("time limit");
        assertThat(RouteBenchmark.howMeasured(556, 0, 3, 10, 1000, true)).contains("No warm-up first")
                .contains("The time limit (-DrouteBenchmark.minutes) stopped the 50 users");
    }

    @Test
    void providerWideReportsHaveOneSecondAndEveryOtherPageFiftyMilliseconds() {
        assertThat(Budget.of("/accountability").millis).isEqualTo(1000);
        assertThat(Budget.of("/reports/caseload/overview").millis).isEqualTo(1000);
        assertThat(Budget.of("/off-the-job/behind-pace.csv").millis).isEqualTo(1000);
        assertThat(Budget.of("/reports/caseload").millis).isEqualTo(50);
        assertThat(Budget.of("/apprenticeships/{id}/portfolio").millis).isEqualTo(50);
        assertThat(Budget.of("/api/v1/reviews/{id}").millis).isEqualTo(50);
    }
}
