package waypoint.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.organisation.EmployerId;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;

/** A typed id reads and writes as the plain UUID it wraps, wherever it goes, and refuses what is not an id. */
class TypedIdTest {

    static final UUID ID = UUID.fromString("3f2b6c1e-8a4d-4c57-9e0b-2d6f1a7c9b31");

    record Holder(EmployerId employer, String name) {
    }

    @Test
    void an_id_is_written_into_an_address_as_the_plain_uuid() {
        assertThat(new EmployerId(ID).toString()).isEqualTo(ID.toString());
    }

    @Test
    void two_kinds_of_id_with_the_same_uuid_are_not_equal() {
        assertThat((Object) new EmployerId(ID)).isNotEqualTo(new ApprenticeshipId(ID));
        assertThat(new EmployerId(ID)).isEqualTo(EmployerId.of(ID.toString()));
    }

    @Test
    void a_text_that_is_not_an_id_is_refused() {
        assertThatThrownBy(() -> EmployerId.of("not-an-id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmployerId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EmployerId.of(" " + ID + " ").value()).isEqualTo(ID);
    }

    @Test
    void one_converter_binds_every_kind_of_id_from_a_path_or_parameter_and_refuses_a_malformed_one() {
        DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
        conversion.addConverter(new TypedIdConverter());

        assertThat(conversion.convert(ID.toString(), EmployerId.class)).isEqualTo(new EmployerId(ID));
        assertThat(conversion.convert(ID.toString(), ApprenticeshipId.class)).isEqualTo(new ApprenticeshipId(ID));
        assertThat(conversion.convert(ID.toString(), LearnerId.class)).isEqualTo(new LearnerId(ID));
        assertThat(conversion.convert(ID, EmployerId.class)).isEqualTo(new EmployerId(ID));
        assertThat(conversion.convert("", EmployerId.class)).as("an empty parameter is an absent one").isNull();
        assertThatThrownBy(() -> conversion.convert("not-an-id", EmployerId.class))
                .isInstanceOf(ConversionFailedException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conversion.convert("not-an-id", LearnerId.class))
                .isInstanceOf(ConversionFailedException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conversion.convert("not-an-id", ApprenticeshipId.class))
                .isInstanceOf(ConversionFailedException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_apprenticeships_id_is_not_a_learners_and_reads_and_writes_as_the_plain_uuid() {
        assertThat((Object) new ApprenticeshipId(ID)).isNotEqualTo(new LearnerId(ID));
        assertThat(ApprenticeshipId.of(" " + ID + " ")).isEqualTo(new ApprenticeshipId(ID));
        assertThatThrownBy(() -> ApprenticeshipId.of("not-an-id")).isInstanceOf(IllegalArgumentException.class);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(new ApprenticeshipId(ID))).isEqualTo("\"" + ID + "\"");
        assertThat(json.readValue("\"" + ID + "\"", ApprenticeshipId.class)).isEqualTo(new ApprenticeshipId(ID));
    }

    @Test
    void a_staff_members_id_is_not_their_sign_in_accounts_and_reads_and_writes_as_the_plain_uuid() {
        assertThat((Object) new StaffMemberId(ID)).isNotEqualTo(ID).isNotEqualTo(new LearnerId(ID));
        assertThat(StaffMemberId.of(ID.toString())).isEqualTo(new StaffMemberId(ID));
        assertThatThrownBy(() -> StaffMemberId.of("not-an-id")).isInstanceOf(IllegalArgumentException.class);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(new StaffMemberId(ID))).isEqualTo("\"" + ID + "\"");
        assertThat(json.readValue("\"" + ID + "\"", StaffMemberId.class)).isEqualTo(new StaffMemberId(ID));
    }

    @Test
    void a_learners_id_is_not_an_employers_and_reads_and_writes_as_the_plain_uuid() {
        assertThat((Object) new LearnerId(ID)).isNotEqualTo(new EmployerId(ID));
        assertThat(LearnerId.of(" " + ID + " ")).isEqualTo(new LearnerId(ID));
        assertThatThrownBy(() -> LearnerId.of("not-an-id")).isInstanceOf(IllegalArgumentException.class);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(new LearnerId(ID))).isEqualTo("\"" + ID + "\"");
        assertThat(json.readValue("\"" + ID + "\"", LearnerId.class)).isEqualTo(new LearnerId(ID));
    }

    @Test
    void json_holds_the_plain_uuid_both_ways() {
        JsonMapper json = JsonMapper.builder().build();

        String written = json.writeValueAsString(new Holder(new EmployerId(ID), "Acme"));

        assertThat(written).isEqualTo("{\"employer\":\"" + ID + "\",\"name\":\"Acme\"}");
        assertThat(json.readValue(written, Holder.class)).isEqualTo(new Holder(new EmployerId(ID), "Acme"));
        assertThatThrownBy(() -> json.readValue("{\"employer\":\"not-an-id\"}", Holder.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
