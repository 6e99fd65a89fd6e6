package waypoint.demo.scale;

import static waypoint.demo.scale.Population.at;
import static waypoint.demo.scale.Population.text;
import static waypoint.demo.scale.Population.weekday;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.copy.CopyManager;

import waypoint.review.ReviewRecordsForBulkLoad;
import waypoint.rules.Explained;
import waypoint.rules.FundingRules;
import waypoint.rules.ReviewCadence;
import waypoint.rules.Source;

/**
 * Progress reviews of the reference data set (docs/domain/progress-reviews.md), as the review module would have
 * written them: from the start, each review falls due by the cadence of the funding rules for the start date (or the
 * learner handbook's 12 weeks where stricter), is held a few days before its due date (one in 23 a few days late), and
 * its record is sent for signatures, signed by the tutor, the apprentice and the line manager, with two targets that
 * the next record says how they went. The next review is then due: planned when it falls within four weeks, and
 * overdue for one apprenticeship in twenty, whose reviews stopped being held on time. A review held in the last five
 * days waits for the apprentice's and the line manager's signatures. A withdrawn apprenticeship's open review is
 * cancelled.
 */
final class ScaleReviews {

    /** Who signs, in the order they sign. */
    private static final String[] PARTIES = {"TUTOR", "LEARNER", "EMPLOYER"};
    private static final String[] ACTION_STATUSES = {"MET", "MET", "PARTLY_MET", "MET", "NOT_MET"};
    static final String SECTION_TEXT = "Agreed at the meeting.";
    static final String PLACE = "At the employer's premises";

    private final Population people;
    private final ReviewRecordsForBulkLoad records;
    private final String standard;

    /** Each apprenticeship's reviews, worked out once: every table of the data set reads them. */
    private final List<Review>[] reviews;
    /** The SHA-256 of each held review's record, kept from the COPY of the records for their signatures. */
    private final String[][] hashes;

    @SuppressWarnings("unchecked")
    ScaleReviews(Population people, ReviewRecordsForBulkLoad records, String standard) {
        this.people = people;
        this.records = records;
        this.standard = standard;
        this.reviews = new List[people.size()];
        this.hashes = new String[people.size()][];
    }

    /** One review: held (with the date and the next review's date in its record) or still to be held. */
    record Review(UUID id, int number, String state, LocalDate anchor, LocalDate due, String why,
            LocalDate suggested, LocalDate heldOn, LocalDate nextInRecord) {

        boolean held() {
            return heldOn != null;
        }
    }

    static UUID reviewId(int apprenticeship, int number) {
        return new UUID(0x2e71e00000000000L | apprenticeship, 0x8000000000000000L | number);
    }

    /** The learner handbook's 12 weeks, where stricter than the funding rules for the start date. */
    static ReviewCadence cadence(LocalDate start) {
        return FundingRules.packFor(start).reviewCadence()
                .stricterWith(ReviewCadence.everyWeeks(12, Source.PROVIDER_POLICY));
    }

    /** The apprenticeship's reviews, oldest first: those held, then the one still to be held (or cancelled). */
    List<Review> of(int a) {
        if (reviews[a] == null) {
            reviews[a] = List.copyOf(schedule(a));
        }
        return reviews[a];
    }

    private List<Review> schedule(int a) {
        LocalDate start = people.starts()[a];
        LocalDate last = people.lastDay(a);
        LocalDate today = people.today();
        boolean withdrawn = Population.withdrawn(a);
        boolean overdue = a % 20 == 0 && !withdrawn;
        ReviewCadence cadence = cadence(start);
        List<Review> reviews = new ArrayList<>();
        LocalDate anchor = start;
        LocalDate suggested = null;
        for (int number = 1; ; number++) {
            Explained<LocalDate> due = number == 1 ? cadence.firstReviewDue(anchor) : cadence.nextReviewDue(anchor);
            String why = String.join(" ", due.sentences().stream().map(s -> s.endsWith(".") ? s : s + ".").toList());
            LocalDate heldOn = weekday(due.value().plusDays((a + number) % 23 == 0 ? 4 : -((a + number) % 8) - 3));
            if (heldOn.isBefore(anchor.plusDays(1))) {
                heldOn = weekday(anchor.plusDays(7));
            }
            LocalDate next = cadence.nextReviewDue(heldOn).value();
            boolean held = heldOn.isBefore(today) && !heldOn.isAfter(last) && (!overdue || next.isBefore(today));
            if (!held) {
                String state = withdrawn ? "CANCELLED"
                        : !due.value().isBefore(today) && due.value().isBefore(today.plusDays(28)) && a % 3 != 0
                                ? "PLANNED" : "DUE";
                reviews.add(new Review(reviewId(a, number), number, state, anchor, due.value(), why, suggested, null,
                        null));
                return reviews;
            }
            reviews.add(new Review(reviewId(a, number), number, "SIGNED", anchor, due.value(), why, suggested, heldOn,
                    next));
            anchor = heldOn;
            suggested = next;
        }
    }

    /** The state of a held review: the last one, held in the last five days, waits for two signatures. */
    String heldState(int a, List<Review> reviews, Review review) {
        boolean lastHeld = review.number() == reviews.size() - 1;
        return lastHeld && !Population.withdrawn(a) && !review.heldOn().isBefore(people.today().minusDays(5))
                ? "AWAITING_SIGNATURES" : "SIGNED";
    }

    private static Instant signedAt(LocalDate heldOn, int party) {
        return switch (party) {
            case 0 -> at(heldOn, 16, 0);
            case 1 -> at(heldOn.plusDays(1), 10, 0);
            default -> at(heldOn.plusDays(2), 11, 30);
        };
    }

    private static String reflection(int number) {
        return (number == 1 ? "Since the start" : "Since review " + (number - 1)) + " I have kept my off-the-job log"
                + " up to date and added evidence to my portfolio.";
    }

    private static List<ReviewRecordsForBulkLoad.Target> targets(LocalDate heldOn) {
        return List.of(new ReviewRecordsForBulkLoad.Target("Finish the next unit's evidence", heldOn.plusDays(42)),
                new ReviewRecordsForBulkLoad.Target("Log off-the-job hours every week", heldOn.plusDays(84)));
    }

    /** How the targets of review {@code number} went, as the record of the next review says. */
    private static String actionStatus(int a, int number, int position) {
        return ACTION_STATUSES[(a + number * 2 + position) % ACTION_STATUSES.length];
    }

    /** Copies the reviews, their records, signatures and actions; answers the row counts of the four tables. */
    long[] copy(CopyManager copy) throws SQLException, IOException {
        long[] rows = new long[4];
        int n = people.size();
        rows[0] = BulkLoad.copyEach(copy, "progress_review (id, apprenticeship_id, number, state, anchor_date,"
                + " due_date, due_explanation, meeting_at, meeting_place, held_on, suggested_date, reflection,"
                + " record_version, signed_at, lock_version, created_at, updated_at)", n, (a, out) -> {
                    List<Review> reviews = of(a);
                    for (Review r : reviews) {
                        Instant created = r.number() == 1 ? at(people.starts()[a], 9, 0) : at(r.anchor(), 17, 0);
                        out.append(r.id()).append(',').append(people.apprenticeshipIds()[a]).append(',')
                                .append(r.number()).append(',');
                        if (r.held()) {
                            String state = heldState(a, reviews, r);
                            boolean signed = state.equals("SIGNED");
                            Instant updated = signed ? signedAt(r.heldOn(), 2) : at(r.heldOn(), 16, 0);
                            out.append(state).append(',').append(r.anchor()).append(',').append(r.due()).append(',');
                            text(out, r.why()).append(',').append(at(r.heldOn(), 14, 0)).append(',');
                            text(out, PLACE).append(',').append(r.heldOn()).append(',')
                                    .append(r.suggested() == null ? "" : r.suggested()).append(',');
                            text(out, reflection(r.number())).append(",1,").append(signed ? updated : "")
                                    .append(',').append(signed ? 5 : 4).append(',').append(created).append(',')
                                    .append(updated).append('\n');
                        } else {
                            boolean planned = r.state().equals("PLANNED");
                            out.append(r.state()).append(',').append(r.anchor()).append(',').append(r.due()).append(',');
                            text(out, r.why()).append(',');
                            if (planned) {
                                out.append(at(weekday(r.due()), 14, 0)).append(',');
                                text(out, PLACE);
                            } else {
                                out.append(',');
                            }
                            out.append(",,").append(r.suggested() == null ? "" : r.suggested()).append(",\"\",0,,")
                                    .append(planned || r.state().equals("CANCELLED") ? 1 : 0).append(',')
                                    .append(created).append(',').append(created).append('\n');
                        }
                    }
                    return reviews.size();
                });
        rows[1] = BulkLoad.copyEach(copy, "progress_review_version (review_id, number, content, canonical_text, sha256,"
                + " changes, created_at, created_by)", n, (a, out) -> {
                    int count = 0;
                    for (Review r : of(a)) {
                        if (!r.held()) {
                            continue;
                        }
                        ReviewRecordsForBulkLoad.Version version = version(a, r);
                        if (hashes[a] == null) {
                            hashes[a] = new String[of(a).size()];
                        }
                        hashes[a][r.number() - 1] = version.sha256();
                        out.append(r.id()).append(",1,");
                        text(out, version.contentJson()).append(',');
                        text(out, version.canonicalText()).append(',').append(version.sha256())
                                .append(",First version,").append(at(r.heldOn(), 15, 0)).append(',')
                                .append(people.tutorAccount(a)).append('\n');
                        count++;
                    }
                    return count;
                });
        SplittableRandom random = new SplittableRandom(12);
        rows[2] = BulkLoad.copyEach(copy, "progress_review_signature (id, review_id, record_version, party,"
                + " signer_account_id, typed_name, signed_at, ip_address, document_sha256)", n, (a, out) -> {
                    int count = 0;
                    List<Review> reviews = of(a);
                    for (Review r : reviews) {
                        if (!r.held()) {
                            continue;
                        }
                        String sha = hashes[a][r.number() - 1];
                        int parties = heldState(a, reviews, r).equals("SIGNED") ? 3 : 1;
                        for (int p = 0; p < parties; p++) {
                            UUID account = p == 0 ? people.tutorAccount(a)
                                    : p == 1 ? people.learnerAccounts()[a] : people.contactAccount(a);
                            String name = p == 0 ? people.tutorName(a)
                                    : p == 1 ? Population.learnerAccountName(a)
                                            : Population.contactName(people.employerOf(a));
                            out.append(new UUID(random.nextLong(), random.nextLong())).append(',').append(r.id())
                                    .append(",1,").append(PARTIES[p]).append(',').append(account).append(',');
                            text(out, name).append(',').append(signedAt(r.heldOn(), p)).append(",192.0.2.10,")
                                    .append(sha).append('\n');
                            count++;
                        }
                    }
                    return count;
                });
        rows[3] = BulkLoad.copyEach(copy, "review_action (id, review_id, apprenticeship_id, position, title,"
                + " target_date, ksbs, status)", n, (a, out) -> {
                    int count = 0;
                    List<Review> reviews = of(a);
                    for (Review r : reviews) {
                        if (!r.held()) {
                            continue;
                        }
                        boolean lastHeld = r.number() == reviews.size() - 1;
                        List<ReviewRecordsForBulkLoad.Target> targets = targets(r.heldOn());
                        for (int p = 0; p < targets.size(); p++) {
                            out.append(new UUID(random.nextLong(), random.nextLong())).append(',').append(r.id())
                                    .append(',').append(people.apprenticeshipIds()[a]).append(',').append(p).append(',');
                            text(out, targets.get(p).title()).append(',').append(targets.get(p).targetDate())
                                    .append(",\"\",").append(lastHeld ? "OPEN" : actionStatus(a, r.number(), p))
                                    .append('\n');
                            count++;
                        }
                    }
                    return count;
                });
        return rows;
    }

    /** The record of a held review, as sent for signatures (version 1). */
    ReviewRecordsForBulkLoad.Version version(int a, Review r) {
        List<ReviewRecordsForBulkLoad.LastAction> last = new ArrayList<>();
        if (r.number() > 1) {
            List<ReviewRecordsForBulkLoad.Target> before = targets(r.anchor());
            for (int p = 0; p < before.size(); p++) {
                last.add(new ReviewRecordsForBulkLoad.LastAction(before.get(p).title(), before.get(p).targetDate(),
                        actionStatus(a, r.number() - 1, p)));
            }
        }
        return records.version(r.number(), 1, Population.learnerName(a), "Employer " + people.employerOf(a),
                standard, people.tutorName(a), r.heldOn(), reflection(r.number()), SECTION_TEXT, last,
                targets(r.heldOn()), r.nextInRecord());
    }
}
