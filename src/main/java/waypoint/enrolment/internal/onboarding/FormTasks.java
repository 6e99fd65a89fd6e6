package waypoint.enrolment.internal.onboarding;

import java.util.List;
import java.util.Map;

/**
 * The questions of each onboarding task that is one form, as one table a person can check against the learner handbook
 * (“How will my apprenticeship progress?” and “Induction”).
 */
public final class FormTasks {

    /** The induction topics. */
    public static final List<String[]> INDUCTION_TOPICS = List.of(
            new String[] {"PROGRAMME", "The programme explained"},
            new String[] {"E_PORTFOLIO", "E-portfolio training"},
            new String[] {"EQUALITY", "Equality and diversity"},
            new String[] {"SAFEGUARDING", "Safeguarding and Prevent, with the safeguarding officer's contact"},
            new String[] {"HEALTH_AND_SAFETY", "Health and safety"},
            new String[] {"DATA_PROTECTION", "Data protection"},
            new String[] {"COMPLAINTS", "Complaints and appeals"},
            new String[] {"OFF_THE_JOB", "Off-the-job training and how to record it"});

    private static final Map<OnboardingTask, List<Question>> QUESTIONS = Map.of(
            OnboardingTask.PRE_START_MEETING, List.of(
                    Question.date("meetingDate", "Date of the meeting", "For example, 27 3 2026", true),
                    Question.textarea("keyActivities", "The job role's key activities",
                            "What the apprentice will do at work, agreed with the employer", true),
                    Question.textarea("standardFit", "Why the chosen standard fits the job role",
                            "How the standard's duties match the key activities", true),
                    Question.text("attendees", "Who attended (optional)", null, false)),
            OnboardingTask.ELIGIBILITY, List.of(
                    Question.checkboxes("checks", "Eligibility checks",
                            "Tick each check once you have seen the evidence", List.of(
                                    new String[] {"AGE", "The learner is 16 or over and has left school"},
                                    new String[] {"RIGHT_TO_WORK", "The learner has the right to live and work in England"},
                                    new String[] {"EMPLOYED", "The learner is employed, with contracted hours that cover the apprenticeship"},
                                    new String[] {"NOT_ALREADY", "The learner is not already on an apprenticeship at the same level"})),
                    Question.text("rightToWorkEvidence", "Right to work evidence seen",
                            "For example, UK passport or share code", true),
                    Question.radios(OnboardingRules.CARE_LEAVER, "Is the learner a care leaver?",
                            "Someone who was looked after by a local authority. Level 7 apprenticeships are funded up"
                                    + " to age 24 for care leavers, otherwise to 21",
                            List.of(new String[] {OnboardingRules.YES, "Yes"}, new String[] {"NO", "No"}), false),
                    Question.radios(OnboardingRules.EHC_PLAN,
                            "Does the learner have an education, health and care plan?",
                            "Or a legacy statement. It sets the English and maths level, and level 7 apprenticeships"
                                    + " are funded up to age 24 with one",
                            List.of(new String[] {OnboardingRules.YES, "Yes"}, new String[] {"NO", "No"}), false),
                    Question.textarea("notes", "Notes (optional)", null, false)),
            OnboardingTask.INITIAL_ASSESSMENT, List.of(
                    Question.textarea("priorQualifications", "Prior qualifications",
                            "Qualifications the learner holds, with grades and years", true),
                    Question.text("englishGcse", "English GCSE grade or equivalent (optional)",
                            "For example, GCSE English Language grade 4. Upload the certificate to claim an exemption", false),
                    Question.text("mathsGcse", "Maths GCSE grade or equivalent (optional)",
                            "For example, GCSE Mathematics grade C", false),
                    Question.radios("employerDecision", "The employer's decision on English and maths",
                            "For learners aged 19 or over at the start, the employer decides whether English and maths are part of the apprenticeship",
                            List.of(new String[] {"INCLUDE", "Include English and maths"},
                                    new String[] {"REMOVE", "Leave English and maths out"},
                                    new String[] {"WITHDRAWN", "Withdrawn from English and maths after starting them"},
                                    new String[] {"NOT_RECORDED", "Not decided yet, or the learner is under 19"}), false)),
            OnboardingTask.START_UP_MEETING, List.of(
                    Question.date("meetingDate", "Date of the meeting", "For example, 3 4 2026", true),
                    Question.checkboxes("attendees", "Who attended", "The learner, their tutor and their employer meet together",
                            List.of(new String[] {"LEARNER", "The learner"}, new String[] {"TUTOR", "The tutor"},
                                    new String[] {"EMPLOYER", "The employer"})),
                    Question.text("deliveryMethod", "Delivery method agreed", "For example, remotely by Zoom", true),
                    Question.text("studyDays", "Study days agreed", "For example, Wednesday afternoons", true),
                    Question.text("epaMethod", "End-point assessment methods agreed", null, true),
                    Question.text("epao", "End-point assessment organisation agreed", null, true),
                    Question.checkboxes("planDiscussed", "Training plan", null,
                            List.<String[]>of(new String[] {"YES", "The training plan was discussed"}))),
            OnboardingTask.INDUCTION, List.of(
                    Question.date("inductionDate", "Date of the induction", "For example, 10 4 2026", true),
                    Question.checkboxes("topics", "Topics covered", "Tick each topic covered with the learner",
                            INDUCTION_TOPICS)));

    private FormTasks() {
    }

    public static boolean isFormTask(OnboardingTask task) {
        return QUESTIONS.containsKey(task);
    }

    public static List<Question> questions(OnboardingTask task) {
        return QUESTIONS.getOrDefault(task, List.of());
    }
}
