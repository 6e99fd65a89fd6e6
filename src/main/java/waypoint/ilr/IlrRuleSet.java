package waypoint.ilr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official rules Waypoint checks, each defined once by a family of rules ({@link LearnerRules},
 * {@link DeliveryRules}...) as a named test: the rule's official name (refused at once if the year's rule book does not
 * publish it), the ILR field, where in Waypoint it is put right, the problem in plain words, and when it is broken.
 * The severity is the rule book's.
 */
final class IlrRuleSet {

    /** A rule about the learner as a whole. */
    @FunctionalInterface
    interface LearnerTest {
        boolean broken(IlrLearner learner, IlrReturnFacts facts);
    }

    /** A rule about each of the learner's aims ({@code LearningDelivery}). */
    @FunctionalInterface
    interface AimTest {
        boolean broken(IlrLearner learner, IlrLearningDelivery aim, IlrReturnFacts facts);
    }

    /** A rule about each of the learner's employment status records. */
    @FunctionalInterface
    interface EmploymentTest {
        boolean broken(IlrLearner learner, IlrEmploymentStatus status, IlrReturnFacts facts);
    }

    /** A rule about the file's header. */
    @FunctionalInterface
    interface HeaderTest {
        boolean broken(IlrFileHeader header, IlrReturnFacts facts);
    }

    /** A rule about the file's name, given with its header. */
    @FunctionalInterface
    interface FileNameTest {
        boolean broken(String fileName, IlrFileHeader header, IlrReturnFacts facts);
    }

    private record Described(IlrRuleBook.Rule rule, String field, IlrFix fix, String message, IlrFix componentFix,
                             String componentMessage) {

        Described(IlrRuleBook.Rule rule, String field, IlrFix fix, String message) {
            this(rule, field, fix, message, null, null);
        }

        IlrFinding finding(String learnRefNumber, Integer aimSeqNumber) {
            return new IlrFinding(rule.name(), rule.severity(), learnRefNumber, aimSeqNumber, field, message, fix);
        }

        /** On an English or maths aim (a component aim), the words and page for it when the rule gives them. */
        IlrFinding findingOn(String learnRefNumber, IlrLearningDelivery aim) {
            if (aim.aimType() == 3 && componentMessage != null) {
                return new IlrFinding(rule.name(), rule.severity(), learnRefNumber, aim.aimSeqNumber(), field,
                        componentMessage, componentFix);
            }
            return finding(learnRefNumber, aim.aimSeqNumber());
        }
    }

    private final IlrRuleBook book;
    private final Map<String, Described> described = new LinkedHashMap<>();
    private final List<Map.Entry<Described, LearnerTest>> learnerTests = new ArrayList<>();
    private final List<Map.Entry<Described, AimTest>> aimTests = new ArrayList<>();
    private final List<Map.Entry<Described, EmploymentTest>> employmentTests = new ArrayList<>();
    private final List<Map.Entry<Described, HeaderTest>> headerTests = new ArrayList<>();
    private final List<Map.Entry<Described, FileNameTest>> fileNameTests = new ArrayList<>();

    IlrRuleSet(IlrRuleBook book) {
        this.book = book;
    }

    private Described describe(String name, String field, IlrFix fix, String message) {
        if (described.containsKey(name)) {
            throw new IllegalStateException("The rule " + name + " is defined twice");
        }
        Described rule = new Described(book.require(name), field, fix, message);
        described.put(name, rule);
        return rule;
    }

    void learner(String name, String field, IlrFix fix, String message, LearnerTest test) {
        learnerTests.add(Map.entry(describe(name, field, fix, message), test));
    }

    void aim(String name, String field, IlrFix fix, String message, AimTest test) {
        aimTests.add(Map.entry(describe(name, field, fix, message), test));
    }

    /**
     * A rule about each aim, said in other words, with another page that puts it right, on an English or maths aim
     * (a component aim of the apprenticeship).
     */
    void aim(String name, String field, IlrFix fix, String message, IlrFix componentFix, String componentMessage,
            AimTest test) {
        describe(name, field, fix, message);
        Described rule = new Described(book.require(name), field, fix, message, componentFix, componentMessage);
        described.put(name, rule);
        aimTests.add(Map.entry(rule, test));
    }

    void employment(String name, String field, IlrFix fix, String message, EmploymentTest test) {
        employmentTests.add(Map.entry(describe(name, field, fix, message), test));
    }

    void header(String name, String field, IlrFix fix, String message, HeaderTest test) {
        headerTests.add(Map.entry(describe(name, field, fix, message), test));
    }

    void fileName(String name, String field, IlrFix fix, String message, FileNameTest test) {
        fileNameTests.add(Map.entry(describe(name, field, fix, message), test));
    }

    /** A finding of a rule defined here, for the rules across learners that the validator checks itself. */
    IlrFinding finding(String name, String learnRefNumber) {
        return described.get(name).finding(learnRefNumber, null);
    }

    /** Defines a rule checked by the validator itself (across learners), so it is named and described once. */
    void acrossLearners(String name, String field, IlrFix fix, String message) {
        describe(name, field, fix, message);
    }

    Set<String> names() {
        return java.util.Collections.unmodifiableSet(described.keySet());
    }

    void check(IlrLearner learner, IlrReturnFacts facts, List<IlrFinding> out) {
        String ref = learner.learnRefNumber();
        for (var test : learnerTests) {
            if (test.getValue().broken(learner, facts)) {
                out.add(test.getKey().finding(ref, null));
            }
        }
        for (IlrLearningDelivery aim : learner.learningDeliveries()) {
            for (var test : aimTests) {
                if (test.getValue().broken(learner, aim, facts)) {
                    out.add(test.getKey().findingOn(ref, aim));
                }
            }
        }
        for (IlrEmploymentStatus status : learner.employmentStatuses()) {
            for (var test : employmentTests) {
                if (test.getValue().broken(learner, status, facts)) {
                    out.add(test.getKey().finding(ref, null));
                }
            }
        }
    }

    void checkHeader(IlrFileHeader header, IlrReturnFacts facts, List<IlrFinding> out) {
        for (var test : headerTests) {
            if (test.getValue().broken(header, facts)) {
                out.add(test.getKey().finding(null, null));
            }
        }
    }

    void checkFileName(String fileName, IlrFileHeader header, IlrReturnFacts facts, List<IlrFinding> out) {
        for (var test : fileNameTests) {
            if (test.getValue().broken(fileName, header, facts)) {
                out.add(test.getKey().finding(null, null));
            }
        }
    }
}
