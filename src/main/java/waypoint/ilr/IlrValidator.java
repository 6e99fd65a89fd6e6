package waypoint.ilr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a return against the official validation rules of its year before it is uploaded: the header and file name,
 * every rule about one learner (their details, aims and employment status) as each learner is given, and at the end
 * the rules across learners (a learner reference number or ULN used twice, a file without learners). Each finding is
 * named as the official rule and carries its severity, so an error here reads as the same error in Submit learner
 * data (docs/domain/ilr.md, "Checking a return before upload").
 *
 * <p>One validator checks one return: it remembers the learners it has seen for the rules across learners, and
 * nothing else, so a return of any size is checked learner by learner.
 */
public final class IlrValidator {

    /** The rule books read so far, by year: each is read once and never changes. */
    private static final Map<IlrYear, IlrRuleBook> BOOKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final IlrRuleSet rules;
    private final IlrReturnFacts facts;
    private final Map<String, Integer> learnRefNumbers = new HashMap<>();
    private final Map<Long, String> ulns = new HashMap<>();
    private final Set<String> ulnsUsedTwice = new LinkedHashSet<>();
    private int learners;

    private IlrValidator(IlrRuleBook book, IlrFileLayout layout, IlrReferenceData reference) {
        this.facts = new IlrReturnFacts(book.year(), reference, layout.longestOnAim("EPAOrgID").orElse(7));
        this.rules = new IlrRuleSet(book);
        FileRules.define(rules);
        LearnerRules.define(rules);
        FieldRules.define(rules);
        DeliveryRules.define(rules);
        CompletionRules.define(rules);
        FundingRules.define(rules);
        EmploymentRules.define(rules);
        CrossRecordRules.define(rules);
    }

    /** A validator for a return of the year, with what is known beyond the file. */
    public static IlrValidator forYear(IlrYear year, IlrReferenceData reference) {
        return new IlrValidator(BOOKS.computeIfAbsent(year, IlrRuleBook::of), IlrFileLayout.of(year),
                reference == null ? IlrReferenceData.nothingKnown() : reference);
    }

    /**
     * A validator for a year whose schema and rules {@code files} finds (a test's stand-in for a year not shipped
     * yet): the same rules, with what the year's own files say.
     */
    static IlrValidator forYear(IlrYear year, IlrReferenceData reference, ClassLoader files) {
        return new IlrValidator(IlrRuleBook.of(year, files), IlrFileLayout.of(year, files),
                reference == null ? IlrReferenceData.nothingKnown() : reference);
    }

    /** The rules about the file's header; its preparation date is then the one the rules about dates use. */
    public List<IlrFinding> checkHeader(IlrFileHeader header) {
        facts.preparedOn(header.preparedOn());
        List<IlrFinding> findings = new ArrayList<>();
        rules.checkHeader(header, facts, findings);
        return findings;
    }

    /** The rules about the file's name (ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.XML), read with its header. */
    public List<IlrFinding> checkFileName(String fileName, IlrFileHeader header) {
        List<IlrFinding> findings = new ArrayList<>();
        rules.checkFileName(fileName == null ? "" : fileName, header, facts, findings);
        return findings;
    }

    /** Every rule about one learner, their aims and their employment status. */
    public List<IlrFinding> check(IlrLearner learner) {
        learners++;
        if (learner.learnRefNumber() != null) {
            learnRefNumbers.merge(learner.learnRefNumber(), 1, Integer::sum);
        }
        if (learner.uln() != RuleSupport.TEMPORARY_ULN) {
            String first = ulns.putIfAbsent(learner.uln(), learner.learnRefNumber());
            if (first != null) {
                ulnsUsedTwice.add(first);
                ulnsUsedTwice.add(learner.learnRefNumber());
            }
        }
        List<IlrFinding> findings = new ArrayList<>();
        rules.check(learner, facts, findings);
        return findings;
    }

    /** The rules across learners, once every learner has been checked. */
    public List<IlrFinding> finish() {
        List<IlrFinding> findings = new ArrayList<>();
        if (learners == 0) {
            findings.add(rules.finding("Entity_1", null));
        }
        learnRefNumbers.forEach((ref, count) -> {
            if (count > 1) {
                findings.add(rules.finding("R_06", ref));
            }
        });
        ulnsUsedTwice.forEach(ref -> findings.add(rules.finding("R_59", ref)));
        return findings;
    }

    /** The official rules this validator checks, by their official names. */
    public Set<String> ruleNames() {
        return rules.names();
    }
}
