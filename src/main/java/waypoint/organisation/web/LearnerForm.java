package waypoint.organisation.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import waypoint.organisation.LearnerDetails;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.shared.validation.DateFields;
import waypoint.shared.validation.DateInput;
import waypoint.shared.web.FieldValidationException;

/**
 * The learner form as typed. The date of birth is three boxes (the GOV.UK date input); its errors show against the
 * day box, where the error summary links.
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

    /**
     * The service's errors, with the form's own checks (a date of birth typed that is not a real date, in the GOV.UK
     * words) in place of the service's, which only sees no date.
     */
    FieldValidationException explain(FieldValidationException problem, Validator validator) {
        Map<String, String> errors = new LinkedHashMap<>(problem.errors());
        for (ConstraintViolation<LearnerForm> v : validator.validate(this)) {
            String field = v.getPropertyPath().toString();
            errors.put(field.equals("birthDay") ? "dateOfBirth" : field, v.getMessage());
        }
        return new FieldValidationException(errors);
    }

    private Optional<LocalDate> dateOfBirth() {
        return new DateInput(birthDay, birthMonth, birthYear).date();
    }
}
