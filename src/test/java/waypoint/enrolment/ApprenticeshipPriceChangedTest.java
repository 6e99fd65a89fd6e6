package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import waypoint.shared.money.Money;

/**
 * A price change is kept as JSON until every module has taken it up: its prices are written as plain numbers of
 * pounds, as they were before they were Money, and a change kept before then reads back.
 */
class ApprenticeshipPriceChangedTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID id = UUID.fromString("5e0c3a8e-0d6b-4a53-9a5e-2f1c9a7b6d01");

    @Test
    void its_prices_are_written_as_plain_numbers_of_pounds() {
        String written = json.writeValueAsString(new ApprenticeshipPriceChanged(new ApprenticeshipId(id),
                LocalDate.of(2026, 9, 1), Money.pounds(9000), Money.pounds("1000.50")));

        assertThat(written).contains("\"trainingPrice\":9000.00", "\"assessmentPrice\":1000.50");
    }

    @Test
    void a_change_kept_when_its_prices_were_plain_numbers_reads_back() {
        String kept = """
                {"apprenticeshipId":"%s","appliesFrom":"2026-09-01","trainingPrice":9000,"assessmentPrice":1000.5}"""
                .formatted(id);

        ApprenticeshipPriceChanged read = json.readValue(kept, ApprenticeshipPriceChanged.class);

        assertThat(read).isEqualTo(new ApprenticeshipPriceChanged(new ApprenticeshipId(id), LocalDate.of(2026, 9, 1),
                Money.pounds(9000), Money.pounds("1000.50")));
    }
}
