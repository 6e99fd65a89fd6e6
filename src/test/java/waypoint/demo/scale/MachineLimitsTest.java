package waypoint.demo.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import waypoint.demo.scale.MachineLimits.Floor;
import waypoint.demo.scale.MachineLimits.Query;
import waypoint.demo.scale.MachineLimits.Step;
import waypoint.demo.scale.MachineLimits.Target;

/** How the limits of the machine are read from what was measured (docs/performance.md); it times nothing. */
class MachineLimitsTest {

    private static final Target HOME = new Target("/", "/", false, "tutor", (path, api, id) -> 200);

    @Test
    void theCapacityIsTheHighestRateWhoseP95WasUnder100MsWithEveryRequestAnswered() {
        List<Step> steps = List.of(new Step(10, 200, 10.0, 12, 40, 60, 0), new Step(20, 400, 20.0, 15, 80, 120, 0),
                new Step(30, 600, 29.5, 18, 95, 130, 2), new Step(40, 800, 31.0, 90, 400, 900, 0));

        assertThat(MachineLimits.sustained(steps)).as("30 a second left two requests unanswered").isEqualTo(20);
        assertThat(MachineLimits.markdown(List.of(HOME), steps, null, List.of()))
                .contains("**Sustained: 20 requests a second** with p95 under 100 ms")
                .contains("| 40 | 31.0 | 90.0 | 400.0 | 900.0 | 0 | **over** |");
    }

    @Test
    void whenNoStepIsWithinTheSectionSaysSoRatherThanAnyRate() {
        assertThat(MachineLimits.sustained(List.of(new Step(5, 100, 5.0, 180, 465, 690, 0)))).isZero();
        assertThat(MachineLimits.markdown(List.of(HOME), List.of(new Step(5, 100, 5.0, 180, 465, 690, 0)), null,
                List.of())).contains("**No step was within.**").doesNotContain("Sustained");
    }

    @Test
    void theFloorIsTheServersTimeOverTheDatabasesOwnAndSaysWhenTheDatabaseKeepsNoStatistics() {
        Floor floor = new Floor(HOME, 30.0, 7.5, 44, List.of(new Query("SELECT a | b FROM `t`", 3, 4.0)));
        assertThat(floor.ratio()).isEqualTo(4.0);
        assertThat(MachineLimits.markdown(List.of(HOME), List.of(), null, List.of(floor)))
                .contains("| `/` | tutor | 30.0 | 7.5 | 4.0 | 44.0 | 4.0 ms, 3× `SELECT a / b FROM 't'` |");
        assertThat(MachineLimits.markdown(List.of(HOME), List.of(), "pg_stat_statements must be loaded", List.of()))
                .contains("Not measured: the database keeps no statement statistics (pg_stat_statements must be "
                        + "loaded)");
    }
}
