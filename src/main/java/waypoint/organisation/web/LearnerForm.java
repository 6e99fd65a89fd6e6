package waypoint.organisation.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import waypoint.organisation.LearnerDetails;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.shared.validation.DateFields;
import waypoint.shared.validation.DateInput;

/**
 * The learner form as typed. The date of birth is three boxes (the GOV.UK date input), checked here: a date that is
 * not a real one is this form's error, in the GOV.UK words, shown against the day box, where the error summary
 * links, in place of the service's (which sees no date). The rest of the details are the service's to check.
 */
@DateFields(prefix = "birth", what = "Date of birth", year = "Year of birth")
record LearnerForm(String givenNames, String familyName, String birthDay, String birthMonth, String birthYear,
        String uln, String niNumber, String email, String phone, String addressLine1, String addressLine2, String town,
        String postcode, String emergencyContactName, String emergencyContactPhone, String reason) {

    static final Map<String, String> ALIASES = Map.of("dateOfBirth", "birthDay");

    static LearnerForm empty() {
        return new LearnerForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static LearnerForm of(LearnerView learner) {
        DateInput born = DateInput.of(learner.dateOfBirth());
        return new LearnerForm(learner.givenNames(), learner.familyName(), born.day(), born.month(), born.year(),
                learner.uln(), learner.niNumber(),
                learner.email(), learner.phone(), learner.address().line1(), learner.address().line2(),
                learner.address().town(), learner.address().postcode(), learner.emergencyContactName(),
                learner.emergencyContactPhone(), null);
    }

    LearnerDetails details() {
        return new LearnerDetails(givenNames, familyName, dateOfBirth().orElse(null), uln, niNumber, email, phone,
                addressLine1, addressLine2, town, postcode, emergencyContactName, emergencyContactPhone);
    }

    private Optional<LocalDate> dateOfBirth() {
        return new DateInput(birthDay, birthMonth, birthYear).date();
    }
}
