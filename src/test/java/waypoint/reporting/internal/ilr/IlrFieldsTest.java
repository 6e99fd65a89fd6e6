package waypoint.reporting.internal.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.ilr.IlrLearners;
import waypoint.ilr.IlrLearningDelivery;

/**
 * What a return keeps of each learner, field by field, and which changes move funding (docs/domain/ilr.md, "Each
 * return kept").
 */
class IlrFieldsTest {

    @Test
    void each_field_is_kept_under_its_path_with_aims_and_prices_named_by_what_identifies_them() {
        Map<String, String> fields = IlrFields.of(IlrLearners.apprentice().build());

        assertThat(fields).containsEntry("LearnRefNumber", "WP0000000001").containsEntry("ULN", "1000000043")
                .containsEntry("LearningDelivery[1].LearnStartDate", "2025-09-01")
                .containsEntry("LearningDelivery[1].CompStatus", "1");
        assertThat(fields.keySet()).anyMatch(k -> k.startsWith("LearningDelivery[1].AppFinRecord[TNP1 "))
                .noneMatch(k -> k.toLowerCase().contains("origin"));
    }

    @Test
    void a_price_a_date_a_completion_status_or_the_levy_status_moves_funding_and_a_name_or_email_does_not() {
        assertThat(IlrFields.fundingRelevant("LearningDelivery[1].AppFinRecord[TNP1 2025-09-01].Amount")).isTrue();
        assertThat(IlrFields.fundingRelevant("LearningDelivery[1].LearningDeliveryFAM[ACT1 2025-09-01].DateTo"))
                .isTrue();
        assertThat(IlrFields.fundingRelevant("LearningDelivery[1].LearnPlanEndDate")).isTrue();
        assertThat(IlrFields.fundingRelevant("LearningDelivery[2].CompStatus")).isTrue();
        assertThat(IlrFields.fundingRelevant("LearningDelivery[1].WithdrawReason")).isTrue();
        assertThat(IlrFields.fundingRelevant("FamilyName")).isFalse();
        assertThat(IlrFields.fundingRelevant("Email")).isFalse();
        assertThat(IlrFields.fundingRelevant("LearningDelivery[1].PHours")).isFalse();
    }

    @Test
    void a_field_is_named_in_words_with_the_files_own_name_beside_them() {
        assertThat(IlrFields.words("LearningDelivery[1].CompStatus")).isEqualTo("Aim 1: completion status (CompStatus)");
        assertThat(IlrFields.words("LearningDelivery[2].AppFinRecord[TNP1 2025-09-01].Amount"))
                .isEqualTo("Aim 2, training price [TNP1 2025-09-01]: amount (Amount)");
        assertThat(IlrFields.words("ULN")).isEqualTo("Unique learner number (ULN)");
    }

    @Test
    void a_withdrawn_aim_differs_from_a_continuing_one_in_its_completion_status() {
        var continuing = IlrFields.of(IlrLearners.apprentice().build());
        var withdrawn = IlrFields.of(IlrLearners.apprentice().programmeAim(a -> a.compStatus =
                IlrLearningDelivery.WITHDRAWN).build());

        assertThat(continuing.get("LearningDelivery[1].CompStatus")).isEqualTo("1");
        assertThat(withdrawn.get("LearningDelivery[1].CompStatus")).isEqualTo("3");
    }
}
