package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.internal.learner.LearnerPolicy;

/** Who sees which learners, as the foundation issue states it: one table, one row per kind of person. */
class LearnerPolicyTest {

    private static final UUID STAFF = UUID.randomUUID();
    private static final EmployerId EMPLOYER = new EmployerId(UUID.randomUUID());
    private static final UUID LEARNER = UUID.randomUUID();

    private final LearnerPolicy policy = new LearnerPolicy();

    @ParameterizedTest(name = "{0} (staff record {1}, contact record {2}, learner record {3}) sees {4}")
    @CsvSource({
            "ADMINISTRATOR,        true,  false, false, EVERYONE",
            "HEAD_OF_DELIVERY,     true,  false, false, EVERYONE",
            "DIRECTOR,             true,  false, false, EVERYONE",
            "QUALITY,              true,  false, false, EVERYONE",
            "SAFEGUARDING_LEAD,    true,  false, false, EVERYONE",
            "DATA_OFFICER,         true,  false, false, EVERYONE",
            "LEAD TUTOR,           true,  false, false, EVERYONE",
            "TUTOR,                true,  false, false, CASELOAD",
            "TUTOR,                false, false, false, NOBODY",
            "EMPLOYER_CONTACT,     false, true,  false, EMPLOYER",
            "EMPLOYER_CONTACT,     false, false, false, NOBODY",
            "LEARNER,              false, false, true,  SELF",
            "LEARNER,              false, false, false, NOBODY",
    })
    void each_person_sees_the_learners_their_role_and_relationship_allow(String roles, boolean staffRecord,
            boolean contactRecord, boolean learnerRecord, LearnerScope.Kind expected) {
        Viewer viewer = viewer(roles, staffRecord, contactRecord, learnerRecord);
        LearnerScope scope = policy.scopeOf(viewer);
        assertThat(scope.kind()).isEqualTo(expected);
    }

    @Test
    void a_tutor_sees_a_learner_on_their_caseload_and_no_other() {
        LearnerScope scope = policy.scopeOf(viewer("TUTOR", true, false, false));
        assertThat(scope.includes(new LearnerId(UUID.randomUUID()), EMPLOYER, new StaffMemberId(STAFF))).isTrue();
        assertThat(scope.includes(new LearnerId(UUID.randomUUID()), EMPLOYER, new StaffMemberId(UUID.randomUUID()))).isFalse();
        assertThat(scope.includes(new LearnerId(UUID.randomUUID()), EMPLOYER, null)).isFalse();
    }

    @Test
    void an_employer_contact_sees_their_own_employers_apprentices_only() {
        LearnerScope scope = policy.scopeOf(viewer("EMPLOYER_CONTACT", false, true, false));
        assertThat(scope.includes(new LearnerId(UUID.randomUUID()), EMPLOYER, null)).isTrue();
        assertThat(scope.includes(new LearnerId(UUID.randomUUID()), new EmployerId(UUID.randomUUID()),
                new StaffMemberId(STAFF))).isFalse();
    }

    @Test
    void a_learner_sees_only_their_own_record() {
        LearnerScope scope = policy.scopeOf(viewer("LEARNER", false, false, true));
        assertThat(scope.includes(new LearnerId(LEARNER), EMPLOYER, new StaffMemberId(STAFF))).isTrue();
        assertThat(scope.includes(new LearnerId(UUID.randomUUID()), EMPLOYER, new StaffMemberId(STAFF))).isFalse();
    }

    @ParameterizedTest(name = "{0} may change learners: {1}")
    @CsvSource({
            "ADMINISTRATOR, true",
            "HEAD_OF_DELIVERY, false",
            "TUTOR, false",
            "EMPLOYER_CONTACT, false",
            "LEARNER, false",
    })
    void only_administrators_add_or_change_learners(String roles, boolean allowed) {
        assertThat(policy.canChange(viewer(roles, true, false, false))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} (the learner's tutor: {1}) sees the declarations: {2}")
    @CsvSource({
            "ADMINISTRATOR,    false, true",
            "TUTOR,            true,  true",
            "TUTOR,            false, false",
            "LEAD TUTOR,       false, false",
            "HEAD_OF_DELIVERY, false, false",
            "SAFEGUARDING_LEAD, false, false",
            "DATA_OFFICER,     false, false",
            "EMPLOYER_CONTACT, false, false",
            "LEARNER,          false, false",
    })
    void only_administrators_and_the_learners_tutor_see_the_sensitive_declarations(String roles, boolean theirTutor,
            boolean allowed) {
        Viewer viewer = viewer(roles, roles.contains("TUTOR") || roles.equals("ADMINISTRATOR"), false, false);
        UUID learnersTutor = theirTutor ? STAFF : UUID.randomUUID();
        assertThat(policy.canSeeDeclarations(viewer, learnersTutor)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} (the learner's tutor: {1}) sees the ILR details: {2}, changes them: {3}")
    @CsvSource({
            "ADMINISTRATOR,     false, true,  true",
            "DATA_OFFICER,      false, true,  true",
            "TUTOR,             true,  true,  false",
            "TUTOR,             false, false, false",
            "HEAD_OF_DELIVERY,  false, false, false",
            "QUALITY,           false, false, false",
            "SAFEGUARDING_LEAD, false, false, false",
            "EMPLOYER_CONTACT,  false, false, false",
            "LEARNER,           false, false, false",
    })
    void the_data_officer_reads_and_changes_the_ilr_details_as_administrators_do(String roles, boolean theirTutor,
            boolean sees, boolean changes) {
        Viewer viewer = viewer(roles, !roles.equals("EMPLOYER_CONTACT") && !roles.equals("LEARNER"), false, false);
        UUID learnersTutor = theirTutor ? STAFF : UUID.randomUUID();
        assertThat(policy.canSeeIlrDetails(viewer, learnersTutor)).isEqualTo(sees);
        assertThat(policy.canChangeIlrDetails(viewer)).isEqualTo(changes);
        assertThat(policy.canChange(viewer)).isEqualTo(roles.equals("ADMINISTRATOR"));
    }

    private static Viewer viewer(String roles, boolean staffRecord, boolean contactRecord, boolean learnerRecord) {
        Set<Role> held = Arrays.stream(roles.split(" ")).map(Role::valueOf).collect(Collectors.toSet());
        CurrentUser user = new CurrentUser(UUID.randomUUID(), "someone@example.test", "Someone", held);
        return new Viewer(user, staffRecord ? STAFF : null, contactRecord ? UUID.randomUUID() : null,
                contactRecord ? EMPLOYER : null, learnerRecord ? LEARNER : null);
    }
}
