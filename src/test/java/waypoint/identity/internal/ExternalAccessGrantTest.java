package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.support.FormsUnderTest.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccessRefused;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.NewExternalGrant;
import waypoint.identity.Role;
import waypoint.shared.web.FieldValidationException;

/** A grant of access to someone outside the provider, from the request to its end (docs/domain/external-access.md). */
class ExternalAccessGrantTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "admin@example.test", "Alex Admin",
            Set.of(Role.ADMINISTRATOR));

    private static NewExternalGrant request(LocalDate from, LocalDate to) {
        return new NewExternalGrant(" Avery Auditor ", "Avery@ESFA.example", "ESFA", ExternalKind.FUNDING_AUDITOR,
                ExternalGrant.Scope.apprenticeships("One apprentice", Set.of(UUID.randomUUID())), from, to);
    }

    private static ExternalAccessGrant granted(LocalDate from, LocalDate to) {
        return ExternalAccessGrant.grant(UUID.randomUUID(), ExternalAccessGrant.checked(request(from, to), TODAY),
                ADMIN, at(TODAY));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(LONDON).toInstant();
    }

    @Test
    void a_grant_is_not_started_before_its_first_day_open_until_its_last_and_ended_after() {
        ExternalAccessGrant grant = granted(TODAY.plusDays(1), TODAY.plusDays(10));
        assertThat(grant.stateOn(TODAY)).isEqualTo(ExternalGrant.State.NOT_STARTED);
        assertThat(grant.stateOn(TODAY.plusDays(1))).isEqualTo(ExternalGrant.State.OPEN);
        assertThat(grant.stateOn(TODAY.plusDays(10))).isEqualTo(ExternalGrant.State.OPEN);
        assertThat(grant.stateOn(TODAY.plusDays(11))).isEqualTo(ExternalGrant.State.ENDED);
    }

    @Test
    void an_administrator_ends_a_grant_before_its_last_day_and_it_stays_ended() {
        ExternalAccessGrant grant = granted(TODAY, TODAY.plusDays(10));
        grant.end(ADMIN, at(TODAY.plusDays(2)), LONDON);
        assertThat(grant.stateOn(TODAY.plusDays(2))).isEqualTo(ExternalGrant.State.ENDED);
        assertThat(grant.view(TODAY.plusDays(2)).lastDay(LONDON)).isEqualTo(TODAY.plusDays(2));
        assertThat(grant.endedByName()).isEqualTo("Alex Admin");
    }

    @Test
    void a_grant_already_ended_cannot_be_ended_again() {
        ExternalAccessGrant grant = granted(TODAY, TODAY.plusDays(3));
        assertThatThrownBy(() -> grant.end(ADMIN, at(TODAY.plusDays(4)), LONDON))
                .isInstanceOf(ExternalAccessRefused.class);
        grant.end(ADMIN, at(TODAY.plusDays(1)), LONDON);
        assertThatThrownBy(() -> grant.end(ADMIN, at(TODAY.plusDays(1)), LONDON))
                .isInstanceOf(ExternalAccessRefused.class);
    }

    @Test
    void the_request_is_tidied_names_trimmed_and_the_email_in_lower_case() {
        NewExternalGrant checked = ExternalAccessGrant.checked(request(TODAY, TODAY), TODAY);
        assertThat(checked.personName()).isEqualTo("Avery Auditor");
        assertThat(checked.email()).isEqualTo("avery@esfa.example");
    }

    @Test
    void every_part_of_a_request_left_out_or_not_in_form_is_refused_by_field_at_once() {
        NewExternalGrant empty = new NewExternalGrant("", "no", " ", null, null, null, null);
        assertThat(problems(empty))
                .containsOnlyKeys("personName", "email", "organisation", "kind", "scope", "startsOn", "endsOn")
                .containsEntry("email", "Enter an email address in the correct format, like name@example.com");
    }

    @Test
    void what_they_may_see_must_hold_someone() {
        NewExternalGrant nobody = new NewExternalGrant("Avery Auditor", "avery@esfa.example", "ESFA",
                ExternalKind.FUNDING_AUDITOR, ExternalGrant.Scope.apprenticeships("none", Set.of()), TODAY, TODAY);
        assertThatThrownBy(() -> ExternalAccessGrant.checked(nobody, TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("scope"));
    }

    @Test
    void access_begins_today_or_later_ends_on_or_after_its_first_day_and_lasts_at_most_a_year() {
        assertThatThrownBy(() -> ExternalAccessGrant.checked(request(TODAY.minusDays(1), TODAY), TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("startsOn"));
        assertThatThrownBy(() -> ExternalAccessGrant.checked(request(TODAY, TODAY.minusDays(1)), TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("endsOn"));
        assertThatThrownBy(() -> ExternalAccessGrant.checked(request(TODAY, TODAY.plusDays(366)), TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("endsOn"));
        assertThat(ExternalAccessGrant.checked(request(TODAY, TODAY.plusDays(365)), TODAY).endsOn())
                .isEqualTo(TODAY.plusDays(365));
    }

    @Test
    void people_outside_the_provider_always_need_a_second_factor_except_on_the_demo() {
        assertThat(SignInSettings.needsSecondFactor(Set.of(Role.EXTERNAL), Set.of(), false)).isTrue();
        assertThat(SignInSettings.needsSecondFactor(Set.of(Role.EXTERNAL), Set.of(), true)).isFalse();
        assertThat(SignInSettings.needsSecondFactor(Set.of(Role.TUTOR), Set.of(), false)).isFalse();
        assertThat(SignInSettings.needsSecondFactor(Set.of(Role.TUTOR), Set.of(Role.TUTOR), false)).isTrue();
    }
}
