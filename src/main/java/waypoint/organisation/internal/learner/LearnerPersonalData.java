package waypoint.organisation.internal.learner;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/** The learner record and the declarations a learner made, for their subject access pack (docs/domain/data-protection.md). */
@Component
class LearnerPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final DeclarationService declarations;

    LearnerPersonalData(JdbcClient jdbc, DeclarationService declarations) {
        this.jdbc = jdbc;
        this.declarations = declarations;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<PersonalRecord> learner = jdbc.sql("""
                SELECT id, given_names, family_name, date_of_birth, uln, ni_number, email, phone, address_line1,
                       address_line2, address_town, address_postcode, emergency_contact_name, emergency_contact_phone,
                       created_at
                FROM learner WHERE id = :id""").param("id", subject.learnerId()).query().listOfRows().stream()
                .map(LearnerPersonalData::learner).toList();
        List<PersonalRecord> declarations = jdbc.sql("SELECT * FROM learner_declaration WHERE learner_id = :id")
                .param("id", subject.learnerId())
                .query((rs, n) -> {
                    DeclarationDetails d = this.declarations.details(rs);
                    return PersonalRecord.record(rs.getObject("learner_id"), "Your declarations")
                            .field("Health, disability or learning difficulty", name(d.healthDeclaration()))
                            .field("Details", d.healthDetails()).field("Ethnicity", name(d.ethnicity()))
                            .field("Sex", name(d.sex())).field("Religion or belief", name(d.religion()))
                            .field("Sexual orientation", name(d.sexualOrientation()))
                            .field("Last changed", rs.getObject("updated_at")).build();
                })
                .list();
        return List.of(PersonalDataSection.of("learner-record", "Your learner record", learner),
                PersonalDataSection.of("declarations", "Declarations you made", declarations));
    }

    private static String name(Enum<?> answer) {
        return answer == null ? null : answer.name();
    }

    private static PersonalRecord learner(Map<String, Object> r) {
        return PersonalRecord.record(r.get("id"), "Your details")
                .field("First name", r.get("given_names")).field("Last name", r.get("family_name"))
                .field("Date of birth", r.get("date_of_birth")).field("Unique learner number", r.get("uln"))
                .field("National Insurance number", r.get("ni_number")).field("Email", r.get("email"))
                .field("Phone", r.get("phone")).field("Address line 1", r.get("address_line1"))
                .field("Address line 2", r.get("address_line2")).field("Town or city", r.get("address_town"))
                .field("Postcode", r.get("address_postcode"))
                .field("Emergency contact", r.get("emergency_contact_name"))
                .field("Emergency contact phone", r.get("emergency_contact_phone"))
                .field("Record created", r.get("created_at"))
                .otherPerson((String) r.get("emergency_contact_name")).build();
    }
}
