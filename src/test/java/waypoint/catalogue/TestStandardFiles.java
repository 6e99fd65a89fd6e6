package waypoint.catalogue;

import java.util.Set;
import java.util.UUID;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.support.TestStandardReferences;

/** Standards files for tests, each with its own reference number so tests sharing the database do not meet. */
final class TestStandardFiles {

    static final CurrentUser ADMINISTRATOR = new CurrentUser(UUID.randomUUID(), "admin@waypoint.test", "Alex Admin",
            Set.of(Role.ADMINISTRATOR));
    static final CurrentUser TUTOR = new CurrentUser(UUID.randomUUID(), "tutor@waypoint.test", "Taylor Tutor",
            Set.of(Role.TUTOR));

    private TestStandardFiles() {
    }

    static String newReference() {
        return TestStandardReferences.next();
    }

    /** A standard in the API shape with placeholder ids: two knowledge items, one skill, one behaviour, one duty. */
    static String standard(String reference, String version, String title) {
        return """
                {
                  "referenceNumber": "%1$s", "title": "%3$s", "level": 3, "version": "%2$s",
                  "larsCode": 999, "typicalDuration": 15, "maxFunding": 9000, "status": "Approved for delivery",
                  "route": "Digital",
                  "knowledges": [
                    {"knowledgeId": "%1$s-K1", "detail": "First knowledge"},
                    {"knowledgeId": "%1$s-K2", "detail": "Second knowledge"}
                  ],
                  "skills": [{"skillId": "%1$s-S1", "detail": "A skill"}],
                  "behaviours": [{"behaviourId": "%1$s-B1", "detail": "A behaviour"}],
                  "duties": [{"dutyID": "%1$s-D1", "dutyDetail": "A duty", "isThisACoreDuty": 1,
                              "mappedKnowledge": ["%1$s-K2"], "mappedSkills": ["%1$s-S1"], "mappedBehaviour": []}]
                }
                """.formatted(reference, version, title);
    }
}
