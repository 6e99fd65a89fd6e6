package waypoint.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.admissions.AdmissionsImport;
import waypoint.admissions.AdmissionsImport.CourseWords;
import waypoint.admissions.AdmissionsImport.Person;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffMemberId;

/**
 * The demo provider's two courses (the Learning mentor, level 3, and the Learning and skills mentor, level 4), their
 * pages' words as the provider wrote them, a cohort each, and enquiries and applications in every state of triage:
 * one accepted and converted into a learner with an apprenticeship in onboarding, and one held back as spam.
 */
@Component
class DemoAdmissions {

    private static final Logger log = LoggerFactory.getLogger(DemoAdmissions.class);

    static final String MENTOR = "ST0148";
    static final String SKILLS_MENTOR = "ST1379";
    /** The applicant the demo accepts: a learner with an apprenticeship in onboarding. */
    static final String ACCEPTED_EMAIL = "nadia.okafor@learners.test";

    private final AdmissionsImport admissions;
    private final OrganisationImport organisation;
    private final Clock clock;

    DemoAdmissions(AdmissionsImport admissions, OrganisationImport organisation, Clock clock) {
        this.admissions = admissions;
        this.organisation = organisation;
        this.clock = clock;
    }

    void load() {
        if (admissions.hasCourse(MENTOR)) {
            return;
        }
        StaffMemberId taylor = organisation.findStaff(DemoAccounts.TUTOR.email()).orElseThrow();
        StaffMemberId lee = organisation.findStaff(DemoAccounts.LEAD.email()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate mentorStart = today.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate skillsStart = today.plusWeeks(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

        UUID mentor = admissions.course(MENTOR, "learning-mentor", mentorWords());
        UUID skills = admissions.course(SKILLS_MENTOR, "learning-and-skills-mentor", skillsMentorWords());
        // the Learning mentor standard no longer takes new starts (its version is retired): its page takes
        // enquiries, and two cohorts of the Learning and skills mentor take applications
        UUID mentorCohort = admissions.cohort(skills, "Learning and skills mentor, " + month(mentorStart),
                mentorStart, 12, taylor, "A group session online every 4 weeks, with a tutor visit in the workplace"
                        + " between",
                sessions(mentorStart, List.of("Induction and the mentoring role", "Safeguarding (level 1)",
                        "Mentoring models and tools")));
        UUID skillsCohort = admissions.cohort(skills, "Learning and skills mentor, " + month(skillsStart),
                skillsStart, 10, lee, "Teaching, learning and support sessions at least every 4 to 5 weeks, online"
                        + " or in the workplace",
                sessions(skillsStart, List.of("Induction and the mentoring contract", "Ethical and legal frameworks",
                        "Evaluating mentoring practice")));

        // enquiries in the states of triage
        UUID e1 = admissions.enquiry(mentor, person(false, "Imogen", "Hart", "imogen.hart@example.test", null,
                "I mentor new starters in our care homes: would this apprenticeship suit me?", "Search engine"));
        UUID e2 = admissions.enquiry(skills, person(true, "Rhys", "Bellamy", "rhys.bellamy@brightside.test",
                DemoOrganisation.BRIGHTSIDE, "We would like three of our care team leaders to start this year.",
                "Event"));
        admissions.steps(e2, List.of("contact"), null);
        UUID e3 = admissions.enquiry(mentor, person(false, "Owen", "Pryce", "owen.pryce@example.test", null,
                "I am not working at the moment. Can I still do the apprenticeship?", "Social media"));
        admissions.steps(e3, List.of("contact", "find-not-eligible"),
                "Not employed: an apprentice needs a job with an employer who agrees to the apprenticeship");
        UUID e4 = admissions.enquiry(skills, person(false, "Grace", "Lowe", "grace.lowe@example.test", null,
                "Is there a part-time option?", "Recommendation"));
        admissions.steps(e4, List.of("withdraw"), "Chose a course nearer home");

        // applications in the states of triage
        UUID a1 = admissions.application(mentorCohort, applicant("Ruby", "Fenwick", "ruby.fenwick@learners.test",
                LocalDate.of(1996, 4, 11), "LS6 2AB", DemoOrganisation.NORTHGATE, "Morgan Price",
                "morgan.price@northgate.test", "GCSE English grade 5", "GCSE maths grade 4", "Employer"));
        UUID a2 = admissions.application(skillsCohort, applicant("Tomasz", "Nowak", "tomasz.nowak@learners.test",
                LocalDate.of(1990, 9, 2), "S7 1AA", DemoOrganisation.BRIGHTSIDE, "Jordan Hale",
                "jordan.hale@brightside.test", "Functional Skills English level 2", "None", "Employer"));
        admissions.steps(a2, List.of("contact", "find-eligible"), null);
        UUID accepted = admissions.application(mentorCohort, applicant("Nadia", "Okafor", ACCEPTED_EMAIL,
                LocalDate.of(1994, 1, 23), "LS11 5PS", DemoOrganisation.NORTHGATE, "Morgan Price",
                "morgan.price@northgate.test", "GCSE English grade 6", "GCSE maths grade 5", "Search engine"));
        admissions.steps(accepted, List.of("contact", "find-eligible"), null);
        // the first cohort's group sessions are held online at 10:00: they are in Nadia's calendar already
        admissions.groupSessionsHeld(mentorCohort, java.time.LocalTime.of(10, 0), 180,
                "https://meet.example.org/learning-and-skills-mentor");
        admissions.accept(accepted, "Morgan Price, line manager", today.minusDays(2), mentorStart.plusMonths(15),
                new BigDecimal("30"));
        admissions.spam(mentor, person(false, "Cheap", "Offers", "offers@spam.example", null,
                "Buy followers now http://spam.example", null));
        log.info("Demo data: added 2 course pages, 2 cohorts, and enquiries and applications in every state ({}, {})",
                e1, a1);
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + date.getYear();
    }

    private static Map<LocalDate, String> sessions(LocalDate start, List<String> topics) {
        Map<LocalDate, String> sessions = new LinkedHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            sessions.put(start.plusWeeks(4L * i), topics.get(i));
        }
        return sessions;
    }

    private static Person person(boolean employer, String given, String family, String email, String employerName,
            String message, String source) {
        return new Person(employer, given, family, email, null, employerName, message, null, null, null, null, null,
                null, null, source);
    }

    private static Person applicant(String given, String family, String email, LocalDate born, String postcode,
            String employer, String manager, String managerEmail, String english, String maths, String source) {
        return new Person(false, given, family, email, null, employer, null, born, postcode, uln(email), manager,
                managerEmail, english, maths, source);
    }

    /** A ULN with a correct check digit, made from the email so each applicant has their own. */
    static String uln(String seed) {
        String nine = String.format("%09d", Math.floorMod(seed.hashCode(), 1_000_000_000));
        nine = nine.charAt(0) == '0' ? "1" + nine.substring(1) : nine;
        java.util.OptionalInt check = waypoint.shared.validation.UlnRule.checkDigit(nine);
        return check.isEmpty() ? uln(seed + "+") : nine + check.getAsInt();
    }

    private static CourseWords mentorWords() {
        return new CourseWords(
                "Become a qualified learning mentor: guide and support apprentices, trainees and new starters in your"
                        + " workplace while you work, over about 12 months.",
                """
                Mentoring is the foundation of vocational training and apprenticeships, and this standard is the first \
                formal recognition of the role. Learning mentors work in every part of the education and training \
                sector and in staff development, supporting learners of all ages and levels as they grow into a new \
                work role: apprentices, trainees and new recruits, from young entrants to new chief executives.

                A learning mentor brings up-to-date experience and qualifications in their own vocational or subject \
                area, and adds the skills to support learners: a "dual professional", and often a first step towards \
                teaching.""",
                """
                - Learning mentor
                - Workplace mentor for apprentices and trainees
                - Staff development or induction mentor""",
                """
                Entry requirements are for each employer to set. Apprentices typically have level 3 qualifications, \
                such as three A levels at grades A to C or a vocational equivalent.""",
                """
                Apprentices are expected to have English and maths at level 2 before they start. Tell us what you \
                hold when you apply: we check your certificates during onboarding.""",
                """
                About 12 months of training, followed by the end-point assessment.""",
                """
                Teaching is online, in live sessions through Microsoft Teams or Zoom, with work submitted and \
                feedback given online. Anyone who needs extra support has one-to-one tutorials. Your tutor agrees \
                the plan with you and your employer.""",
                """
                During the apprenticeship you complete at least level 1 safeguarding before the end-point \
                assessment, and build a portfolio of your activity and a showcase of your best practice across the \
                knowledge, skills and behaviours of the standard.

                The end-point assessment has two parts: two observed mentoring sessions with at least two learners \
                (120 minutes in all), with real learners rather than role play; and a 60-minute professional \
                discussion based on your portfolio and showcase.""",
                """
                You can progress towards a degree-level qualification at university or a degree apprenticeship, \
                further within your own specialism, into assessing and coaching vocational learners, or into a full \
                teaching role with an education and training provider.""");
    }

    private static CourseWords skillsMentorWords() {
        return new CourseWords(
                "Support individuals and groups with their learning and development as a Learning and skills mentor:"
                        + " a level 4 apprenticeship of about 15 months, including the end-point assessment.",
                """
                Learning and skills mentors work in public, private and voluntary organisations wherever training \
                and development happen: healthcare, the armed forces, manufacturing, business, education, leisure, \
                construction, the creative industries and technology.

                They support people of all ages and levels towards agreed goals, within ethical and legal frameworks, \
                working with everyone involved to meet each mentee's needs, and committed to their own professional \
                development and reflective practice.""",
                """
                - Academic mentor
                - Learning mentor
                - Occupational mentor
                - Technical mentor
                - Training mentor
                - Tutor
                - Vocational mentor""",
                """
                There are no set entry requirements beyond those of your employer, who must agree to the \
                apprenticeship.""",
                """
                Apprentices without level 2 English and maths achieve it before the end-point assessment: we teach \
                Functional Skills in English and maths at level 2 if you are not exempt.

                - With an education, health and care plan or a legacy statement, the minimum is Entry Level 3.
                - A British Sign Language qualification is an alternative to English for those whose first language \
                it is.""",
                """
                About 15 months, including a 3-month end-point assessment period. You spend at least 12 months in \
                training, and complete the off-the-job training the apprenticeship funding rules require.""",
                """
                You have a qualified tutor throughout (sometimes two, for different parts). Your tutor holds teaching, \
                learning and support sessions with you at least every 4 to 5 weeks, online through Microsoft Teams or \
                in your workplace, planned with you and your employer. Your evidence is kept in your online portfolio \
                in Waypoint, open to you at any time, and you can contact your tutor between sessions.""",
                """
                Before the end-point assessment your employer confirms you are working at the level of the standard, \
                you confirm you are ready, you achieve level 2 English and maths if not exempt, and you submit your \
                portfolio of evidence.

                An independent assessor from an approved end-point assessment organisation then assesses you in two \
                ways, each graded pass or distinction: an observation with questioning (2 hours: one live 30-minute \
                mentoring session and two recorded ones, then at least 5 questions), and a 1-hour professional \
                discussion underpinned by your portfolio (at least 8 questions on professional practice, \
                communication, assessment and monitoring). The apprenticeship is graded pass, merit or distinction.""",
                """
                You may progress within your specialism, into assessing and coaching vocational learners, into a \
                full teaching role with an education and training provider, or onto the Level 5 Learning and skills \
                teacher apprenticeship.""");
    }
}
