package waypoint.ilr;

/**
 * Where in Waypoint a problem with a learner's ILR record is put right, so each finding can link to the page that
 * fixes it: the learner's details, their ILR details, the apprenticeship, its employment status records, its prices
 * and funding, its training plan (planned off-the-job hours, English and maths), its end-point assessment record
 * (actual end, outcome, achievement), the qualification of its English and maths study, the employer, the standard in the catalogue (its LARS code), the provider's
 * settings, or (for a file brought in from another system) the file itself.
 */
public enum IlrFix {
    LEARNER_DETAILS, LEARNER_ILR_DETAILS, APPRENTICESHIP, EMPLOYMENT_STATUS, PRICES_AND_FUNDING, TRAINING_PLAN,
    END_POINT_ASSESSMENT, ENGLISH_AND_MATHS, EMPLOYER, STANDARD, PROVIDER_SETTINGS, FILE
}
