package waypoint.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.identity.Role;
import waypoint.organisation.ContactDetails;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.EpaoDetails;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.Funding;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.ProviderDetails;
import waypoint.organisation.StaffDetails;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;

/**
 * The demo provider: its details, 3 employers with line managers, 2 EPAOs, staff in every role (the demo logins,
 * linked to staff records) and 30 learners, each with the employer, line manager and tutor their apprenticeship is
 * recorded with ({@link #placementOf}): every tutor has learners at every employer; and one learner just added, with
 * no apprenticeship yet. The demo employer contact manages
 * the demo learner, who is on the demo tutor's caseload. Each record is added only if it is not there yet.
 */
@Component
class DemoOrganisation {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    static final String NORTHGATE = "Northgate Engineering Ltd";
    static final String BRIGHTSIDE = "Brightside Care Homes";
    static final String RIVERSIDE = "Riverside Digital Agency";
    static final String EXTRA_TUTOR = "robin.reed@waypoint.test";
    /** A learner on the example of a reformed assessment plan (docs/domain/assessment-reform.md). */
    static final String REFORMED = "imogen.hart@learners.test";
    /** A learner just added, with no apprenticeship yet. */
    static final String NEWCOMER = "dylan.newman@learners.test";

    private static final List<String> GIVEN = List.of("Amir", "Bethany", "Callum", "Demi", "Ellis", "Farah", "George",
            "Hannah", "Isaac", "Jade", "Kieran", "Leah", "Mason", "Niamh", "Oscar", "Priya", "Quentin", "Rosie",
            "Samir", "Tara", "Umar", "Violet", "Wesley", "Xanthe", "Yusuf", "Zara", "Aled", "Bronwen", "Caleb");
    private static final List<String> FAMILY = List.of("Ahmed", "Barker", "Collins", "Doyle", "Evans", "Fletcher",
            "Green", "Hughes", "Iqbal", "Jones", "Kaur", "Lewis", "Morgan", "Nolan", "Owen", "Patel", "Quinn",
            "Roberts", "Shah", "Turner", "Usman", "Vaughan", "Walker", "Young", "Yates", "Zaman", "Price", "Bennett",
            "Clarke");

    private final OrganisationImport organisation;
    /** How many records this start added, for the log. */
    private int added;
    /** Each demo learner's employer, line manager and tutor, by email, for the demo apprenticeships to record. */
    private final Map<String, Placement> placements = new java.util.LinkedHashMap<>();

    /**
     * Who a demo learner works with, recorded on their apprenticeship (docs/domain/enrolment.md), and whether that
     * employer pays the levy: Northgate does, Brightside and Riverside (small employers) do not, so the demo shows
     * both kinds of funding, co-investment and incentives (docs/domain/funding-rules.md).
     */
    record Placement(EmployerId employer, UUID lineManager, StaffMemberId tutor, Funding funding) {
    }

    DemoOrganisation(OrganisationImport organisation) {
        this.organisation = organisation;
    }

    void load() {
        added = 0;
        provider();
        Map<String, EmployerId> employers = Map.of(
                NORTHGATE, employer(NORTHGATE, "14 Canal Wharf", "Leeds", "LS11 5PS", Funding.LEVY, "402135784"),
                BRIGHTSIDE, employer(BRIGHTSIDE, "2 Abbey Lane", "Sheffield", "S7 2QZ", Funding.NON_LEVY, "403872111"),
                RIVERSIDE, employer(RIVERSIDE, "8 Tower Street", "York", "YO1 9SB", Funding.NON_LEVY, "405541023"));
        UUID erin = contact(employers.get(NORTHGATE), DemoAccounts.EMPLOYER.displayName(), DemoAccounts.EMPLOYER.email());
        UUID morgan = contact(employers.get(NORTHGATE), "Morgan Price", "morgan.price@northgate.test");
        UUID jordan = contact(employers.get(BRIGHTSIDE), "Jordan Hale", "jordan.hale@brightside.test");
        UUID casey = contact(employers.get(RIVERSIDE), "Casey Lin", "casey.lin@riverside.test");
        epao("Summit End-Point Assessment", "EPA0901");
        epao("Keystone Assessment Ltd", "EPA0902");
        for (DemoAccounts account : DemoAccounts.values()) {
            if (account.roles().stream().allMatch(Role::isStaff)) {
                staff(account.displayName(), account.email(), account.roles());
            }
        }
        StaffMemberId taylor = staff(DemoAccounts.TUTOR.displayName(), DemoAccounts.TUTOR.email(), DemoAccounts.TUTOR.roles());
        StaffMemberId lee = staff(DemoAccounts.LEAD.displayName(), DemoAccounts.LEAD.email(), DemoAccounts.LEAD.roles());
        StaffMemberId robin = staff("Robin Reed", EXTRA_TUTOR, EnumSet.of(Role.TUTOR));

        learner(DemoAccounts.LEARNER.email(), "Lola", "Learner", 0, new Placement(employers.get(NORTHGATE), erin, taylor,
                Funding.LEVY));
        List<StaffMemberId> tutors = List.of(taylor, lee, robin);
        List<EmployerId> employerOrder = List.of(employers.get(NORTHGATE), employers.get(BRIGHTSIDE),
                employers.get(RIVERSIDE));
        List<UUID> managers = List.of(morgan, jordan, casey);
        List<Funding> funding = List.of(Funding.LEVY, Funding.NON_LEVY, Funding.NON_LEVY);
        for (int i = 0; i < GIVEN.size(); i++) {
            String email = GIVEN.get(i).toLowerCase() + "." + FAMILY.get(i).toLowerCase() + "@learners.test";
            // each tutor gets learners at every employer
            int employer = (i + i / 3) % 3;
            learner(email, GIVEN.get(i), FAMILY.get(i), i + 1, new Placement(employerOrder.get(employer),
                    managers.get(employer), tutors.get(i % 3), funding.get(employer)));
        }
        // on the reformed assessment plan's example standard, part way through its components
        learner(REFORMED, "Imogen", "Hart", GIVEN.size() + 2, new Placement(employers.get(RIVERSIDE), casey, robin,
                Funding.NON_LEVY));
        // just added, with no apprenticeship yet: their page says so and offers to record one
        learner(NEWCOMER, "Dylan", "Newman", GIVEN.size() + 1, null);
        if (added > 0) {
            log.info("Demo data: added {} organisation records", added);
        }
    }

    private void provider() {
        if (!organisation.hasProvider()) {
            organisation.provider(new ProviderDetails("Waypoint Training Ltd", "10012345", "1 Market Street", null,
                    "Leeds", "LS1 6DT", "hello@waypoint.test", "0113 496 0000"));
            // shows the job titles at work: a lead is a "Team leader" at this provider
            organisation.jobTitles(Map.of(Role.LEAD, "Team leader"));
            added++;
        }
    }

    private EmployerId employer(String name, String street, String town, String postcode, Funding funding, String ern) {
        return organisation.findEmployer(name).orElseGet(() -> {
            added++;
            return organisation.employer(new EmployerDetails(name, street, null, town, postcode, funding, ern));
        });
    }

    private UUID contact(EmployerId employer, String name, String email) {
        return organisation.findContact(email).orElseGet(() -> {
            added++;
            return organisation.contact(employer, new ContactDetails(name, email, "07700 900" + (100 + added)));
        });
    }

    private void epao(String name, String epaoId) {
        if (organisation.findEpao(epaoId).isEmpty()) {
            added++;
            organisation.epao(new EpaoDetails(name, epaoId, "Bookings team", "bookings@" + epaoId.toLowerCase() + ".test",
                    "0161 496 0" + epaoId.substring(4)));
        }
    }

    private StaffMemberId staff(String name, String email, Set<Role> roles) {
        return organisation.findStaff(email).orElseGet(() -> {
            added++;
            return organisation.staff(new StaffDetails(name, email, null, roles));
        });
    }

    /** The demo learners' emails, the demo learner first. */
    List<String> learnerEmails() {
        return List.copyOf(placements.keySet());
    }

    /** Who the demo learner with this email works with, once {@link #load()} has run. */
    java.util.Optional<Placement> placementOf(String email) {
        return java.util.Optional.ofNullable(placements.get(email));
    }

    private void learner(String email, String given, String family, int n, Placement placement) {
        if (placement != null) {
            placements.put(email, placement);
        }
        if (organisation.findLearner(email).isEmpty()) {
            added++;
            String postcode = "LS" + (1 + n % 20) + " " + (1 + n % 9) + "AB";
            LearnerId learner = organisation.learner(new LearnerDetails(given, family,
                    LocalDate.of(2000 + n % 7, 1 + n % 12, 1 + n % 28), uln(100_000_000 + n * 7_919),
                    "AA%06dA".formatted(100_000 + n), email,
                    null, (n + 1) + " Station Road", null, "Leeds", postcode, "Parent of " + given,
                    "07700 900" + (500 + n)));
            ilrFacts(learner, n, postcode, placement != null);
        }
    }

    /**
     * Every demo learner's ILR facts: sex, ethnic group and health declaration, prior attainment, the postcode before
     * enrolment and, for some, contact restrictions or a declared difficulty with its kinds. The newcomer, just added,
     * has no prior attainment or postcode before enrolment yet, so their page shows what the ILR still needs.
     */
    private void ilrFacts(LearnerId learner, int n, String postcode, boolean complete) {
        boolean difficulty = n % 4 == 1;
        Set<IlrLists.LlddCategory> kinds = difficulty
                ? Set.of(IlrLists.LlddCategory.DYSLEXIA, IlrLists.LlddCategory.MENTAL_HEALTH) : Set.of();
        Set<IlrLists.ContactRestriction> restrictions = n % 3 == 2
                ? Set.of(IlrLists.ContactRestriction.NO_CONTACT_ABOUT_COURSES,
                        IlrLists.ContactRestriction.NO_CONTACT_BY_POST)
                : Set.of();
        List<Integer> ethnicities = List.of(31, 39, 44, 35, 34, 42, 99);
        IlrLists.PriorLevel prior = List.of(IlrLists.PriorLevel.FULL_LEVEL_2, IlrLists.PriorLevel.FULL_LEVEL_3,
                IlrLists.PriorLevel.LEVEL_1, IlrLists.PriorLevel.LEVEL_4).get(n % 4);
        organisation.learnerIlrFacts(learner, n % 2 == 0 ? IlrLists.IlrSex.F : IlrLists.IlrSex.M,
                ethnicities.get(n % ethnicities.size()), difficulty,
                new IlrDetails(complete ? prior : null, complete ? postcode : null, kinds,
                        difficulty ? IlrLists.LlddCategory.DYSLEXIA : null, restrictions));
    }

    /**
     * A valid ULN from nine digits: the tenth is the check digit (docs/domain/identifiers.md). Starts whose remainder
     * would be 0 (no valid check digit) move on to the next number.
     */
    static String uln(int nineDigits) {
        for (int start = nineDigits; ; start++) {
            String digits = String.valueOf(start);
            java.util.OptionalInt check = waypoint.shared.validation.UlnRule.checkDigit(digits);
            if (check.isPresent()) {
                return digits + check.getAsInt();
            }
        }
    }
}
