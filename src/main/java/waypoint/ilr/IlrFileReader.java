package waypoint.ilr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ILR file another system wrote (docs/domain/ilr.md, "Checking a file"). First what the file says it is:
 * XML, an ILR {@code Message} of a year whose schema Waypoint ships, with no DTD; then the check against that year's
 * schema, as it streams; and only when both pass, the learners, one at a time, each with the line it starts on. A file
 * refused by either check gives its problems and no learner at all. Never is the whole file held in memory.
 */
public final class IlrFileReader {

    private static final Pattern NAMESPACE = Pattern.compile("ESFA/ILR/(20\\d\\d-\\d\\d)");
    private static final Pattern YEAR_CODE = Pattern.compile("(\\d\\d)(\\d\\d)");

    /** A problem with the file: the line (0 when not known) and what is wrong, in words. */
    public record Problem(int line, String message) {

        @Override
        public String toString() {
            return line > 0 ? "Line " + line + ": " + message : message;
        }
    }

    /**
     * What came of reading: the year and header when the file said them, the learners read, and the problems that
     * stopped it (none when it was read).
     */
    public record Result(IlrYear year, IlrFileHeader header, int learnersRead, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isRead() {
            return problems.isEmpty();
        }

        static Result refused(IlrYear year, List<Problem> problems) {
            return new Result(year, null, 0, problems);
        }
    }

    private IlrFileReader() {
    }

    /** Checks the file against its year's schema, then reads it learner by learner (streamed). */
    public static Result read(Path file, IlrSchemas schemas, Consumer<IlrLearner> each) {
        return readWithLines(file, schemas, (learner, line) -> each.accept(learner));
    }

    /** As {@link #read}, with the line of the file each learner starts on, for messages that name it. */
    public static Result readWithLines(Path file, IlrSchemas schemas, BiConsumer<IlrLearner, Integer> each) {
        Identified identified = identify(file, schemas);
        if (!identified.problems().isEmpty()) {
            return Result.refused(identified.year(), identified.problems());
        }
        IlrYear year = identified.year();
        List<IlrSchemas.Problem> invalid;
        try (InputStream in = Files.newInputStream(file)) {
            invalid = schemas.check(year, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!invalid.isEmpty()) {
            return Result.refused(year, invalid.stream()
                    .map(p -> new Problem(p.line(), "The file does not follow the ILR " + year.name()
                            + " schema: " + p.message()))
                    .toList());
        }
        return learners(file, year, each);
    }

    /**
     * The year a file says it is of, when it is XML of a year Waypoint reads (reading no further than its header);
     * empty otherwise, and {@link #read} then says why.
     */
    public static java.util.Optional<IlrYear> yearOf(Path file, IlrSchemas schemas) {
        Identified identified = identify(file, schemas);
        return identified.problems().isEmpty() ? java.util.Optional.ofNullable(identified.year())
                : java.util.Optional.empty();
    }

    private record Identified(IlrYear year, List<Problem> problems) {
    }

    /** What the file says it is, read up to the header's year; never further. */
    private static Identified identify(Path file, IlrSchemas schemas) {
        String readable = schemas.years().stream().map(IlrYear::name).collect(Collectors.joining(" or "));
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                IlrYear year = null;
                List<String> path = new ArrayList<>();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return refusal(xml.getLocation().getLineNumber(), "The file declares a document type (DTD):"
                                + " an ILR file may not, so it is not read");
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        path.remove(path.size() - 1);
                        if (path.isEmpty() || (year != null && path.size() == 1)) {
                            break;
                        }
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    int line = xml.getLocation().getLineNumber();
                    if (path.isEmpty()) {
                        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                        Matcher m = NAMESPACE.matcher(namespace);
                        if (!xml.getLocalName().equals("Message") || !m.matches()) {
                            return refusal(line, "This is not an ILR file: an ILR file starts with a Message in the"
                                    + " namespace of its year, such as ESFA/ILR/" + schemas.years().get(schemas.years().size() - 1).name());
                        }
                        year = schemas.year(m.group(1)).orElse(null);
                        if (year == null) {
                            return refusal(line, "This is a " + m.group(1) + " file; Waypoint reads " + readable
                                    + " files");
                        }
                    }
                    path.add(xml.getLocalName());
                    if (path.equals(List.of("Message", "Header", "CollectionDetails", "Year"))) {
                        String code = xml.getElementText().strip();
                        path.remove(path.size() - 1);
                        if (!code.equals(year.code())) {
                            Matcher m = YEAR_CODE.matcher(code);
                            String named = m.matches() ? "20" + m.group(1) + "-" + m.group(2) : code;
                            return refusal(line, "This is a " + named + " file (its header says " + code
                                    + "); Waypoint reads " + readable + " files");
                        }
                        return new Identified(year, List.of());
                    }
                }
                if (year == null) {
                    return refusal(0, "The file is empty: it has no ILR Message");
                }
                return new Identified(year, List.of());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException notXml) {
            int line = notXml.getLocation() == null ? 0 : notXml.getLocation().getLineNumber();
            return refusal(Math.max(line, 0), "The file is not XML: reading stopped on line " + Math.max(line, 1)
                    + ". Export the ILR file (XML) from the other system, not a spreadsheet or a report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Identified refusal(int line, String message) {
        return new Identified(null, List.of(new Problem(line, message)));
    }

    /** A reader that never reads a DTD or anything outside the file. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The learners, one element at a time; the file has been checked against the schema already. */
    private static Result learners(Path file, IlrYear year, BiConsumer<IlrLearner, Integer> each) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                Node header = null;
                Node provider = null;
                int read = 0;
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 2) {
                            Node element = element(xml);
                            depth--;
                            switch (element.name) {
                                case "Header" -> header = element;
                                case "LearningProvider" -> provider = element;
                                case "Learner" -> {
                                    each.accept(learner(element), element.line);
                                    read++;
                                }
                                default -> {
                                    // SourceFiles, LearnerDestinationandProgression: not needed
                                }
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                return new Result(year, header(year, header, provider), read, List.of());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            return Result.refused(year, List.of(new Problem(line, "The file could not be read: " + e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element and everything beneath it: a learner is small, the file is not. */
    private static final class Node {
        final String name;
        final int line;
        final List<Node> children = new ArrayList<>();
        String text = "";

        Node(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Node child(String name) {
            for (Node child : children) {
                if (child.name.equals(name)) {
                    return child;
                }
            }
            return null;
        }

        List<Node> all(String name) {
            return children.stream().filter(c -> c.name.equals(name)).toList();
        }

        String text(String name) {
            Node child = child(name);
            if (child == null) {
                return null;
            }
            String value = child.text.strip();
            return value.isEmpty() ? null : value;
        }

        Integer integer(String name) {
            String value = text(name);
            return value == null ? null : new BigDecimal(value).intValueExact();
        }

        int integer(String name, int missing) {
            Integer value = integer(name);
            return value == null ? missing : value;
        }

        LocalDate date(String name) {
            String value = text(name);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(name + " is not a date", e);
            }
        }
    }

    private static Node element(XMLStreamReader xml) throws XMLStreamException {
        Node node = new Node(xml.getLocalName(), xml.getLocation().getLineNumber());
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.children.add(element(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    node.text = node.children.isEmpty() ? text.toString() : "";
                    return node;
                }
                default -> {
                }
            }
        }
        return node;
    }

    private static IlrFileHeader header(IlrYear year, Node header, Node provider) {
        if (header == null) {
            return null;
        }
        Node details = header.child("CollectionDetails");
        Node source = header.child("Source");
        Integer ukprn = provider != null ? provider.integer("UKPRN") : source == null ? null : source.integer("UKPRN");
        String at = source == null ? null : source.text("DateTime");
        return new IlrFileHeader(year, ukprn == null ? 0 : ukprn, details == null ? null
                : details.date("FilePreparationDate"), dateTime(at),
                source == null ? null : source.text("SerialNo"),
                source == null ? null : source.text("SoftwareSupplier"),
                source == null ? null : source.text("SoftwarePackage"), source == null ? null : source.text("Release"));
    }

    private static LocalDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text);
        }
    }

    private static IlrLearner learner(Node l) {
        return new IlrLearner(l.text("LearnRefNumber"), l.text("PrevLearnRefNumber"), l.integer("PrevUKPRN"),
                l.integer("PMUKPRN"), l.text("CampId"), Long.parseLong(l.text("ULN")), l.text("FamilyName"),
                l.text("GivenNames"), l.date("DateOfBirth"), l.integer("Ethnicity"), l.text("Sex"),
                l.integer("LLDDHealthProb"), l.text("NINumber"), l.integer("Accom"), l.integer("ALSCost"),
                l.integer("PlanLearnHours"), l.integer("PlanEEPHours"), l.text("MathGrade"), l.text("EngGrade"),
                l.text("PostcodePrior"), l.text("Postcode"), l.text("AddLine1"), l.text("AddLine2"),
                l.text("AddLine3"), l.text("AddLine4"), l.text("TelNo"), l.text("Email"),
                l.all("PriorAttain").stream().map(p -> new IlrLearner.PriorAttainment(p.integer("PriorLevel", 0),
                        p.date("DateLevelApp"))).toList(),
                l.all("LLDDandHealthProblem").stream().map(p -> new IlrLearner.LlddCategory(p.integer("LLDDCat", 0),
                        p.integer("PrimaryLLDD", 0) == 1)).toList(),
                l.all("ContactPreference").stream().map(p -> new IlrLearner.ContactPreference(
                        p.text("ContPrefType"), p.integer("ContPrefCode", 0))).toList(),
                l.all("LearnerFAM").stream().map(f -> new IlrLearner.LearnerFam(f.text("LearnFAMType"),
                        f.integer("LearnFAMCode", 0))).toList(),
                l.all("ProviderSpecLearnerMonitoring").stream().map(m -> new IlrLearner.ProviderMonitoring(
                        m.text("ProvSpecLearnMonOccur"), m.text("ProvSpecLearnMon"))).toList(),
                l.all("LearnerEmploymentStatus").stream().map(IlrFileReader::employment).toList(),
                l.all("LearningDelivery").stream().map(IlrFileReader::delivery).toList(), null);
    }

    private static IlrEmploymentStatus employment(Node e) {
        return new IlrEmploymentStatus(e.integer("EmpStat", 0), e.date("DateEmpStatApp"), e.integer("EmpId"),
                e.all("EmploymentStatusMonitoring").stream().map(m -> new IlrEmploymentStatus.Monitoring(
                        m.text("ESMType"), m.integer("ESMCode", 0))).toList());
    }

    private static IlrLearningDelivery delivery(Node d) {
        return new IlrLearningDelivery(d.text("LearnAimRef"), d.integer("AimType", 0), d.integer("AimSeqNumber", 0),
                d.date("LearnStartDate"), d.date("OrigLearnStartDate"), d.date("LearnPlanEndDate"),
                d.integer("FundModel", 0), d.integer("PHours"), d.integer("OTJActHours"), d.integer("ProgType"),
                d.integer("StdCode"), d.integer("PartnerUKPRN"), d.text("DelLocPostCode"), d.text("LSDPostcode"),
                d.integer("AddHours"), d.integer("PriorLearnFundAdj"), d.integer("OtherFundAdj"),
                d.text("ConRefNumber"), d.text("EPAOrgID"), d.integer("CompStatus", 0), d.date("LearnActEndDate"),
                d.integer("WithdrawReason"), d.integer("Outcome"), d.date("AchDate"), d.text("OutGrade"),
                d.text("SWSupAimId"), d.integer("TLOut"),
                d.all("LearningDeliveryFAM").stream().map(f -> new IlrLearningDelivery.DeliveryFam(
                        f.text("LearnDelFAMType"), f.text("LearnDelFAMCode"), f.date("LearnDelFAMDateFrom"),
                        f.date("LearnDelFAMDateTo"))).toList(),
                d.all("AppFinRecord").stream().map(f -> new IlrLearningDelivery.FinancialRecord(f.text("AFinType"),
                        f.integer("AFinCode", 0), f.date("AFinDate"), f.integer("AFinAmount", 0))).toList(),
                d.all("ProviderSpecDeliveryMonitoring").stream().map(m -> new IlrLearner.ProviderMonitoring(
                        m.text("ProvSpecDelMonOccur"), m.text("ProvSpecDelMon"))).toList());
    }
}
