package waypoint.ilr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an ILR file: the header and the provider first, then each learner as it is given, never the whole file in
 * memory. UTF-8, the year's namespace as the default namespace, indented with tabs for a person to read. The
 * elements and their order are the year's schema's ({@link IlrFileLayout}): a field Waypoint does not hold (null,
 * or an empty list) is left out, and an element the year's schema does not have is not written. Off-the-job hours
 * go to the hours record ({@code HRSRecord}: planned hours code 1, actual hours code 3) in a year whose schema has
 * it, and to {@code PHours} and {@code OTJActHours} in one that does not (docs/domain/ilr.md).
 */
public final class IlrFileWriter implements AutoCloseable {

    /** Codes of the 2026-27 hours record for an apprenticeship's off-the-job training. */
    static final int PLANNED_OFF_THE_JOB_HOURS = 1, ACTUAL_OFF_THE_JOB_HOURS = 3;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;
    private final OutputStream out;
    private final IlrFileLayout layout;
    private final String namespace;
    private int learnersWritten;
    private boolean closed;

    private IlrFileWriter(XMLStreamWriter xml, OutputStream out, IlrFileLayout layout, String namespace) {
        this.xml = xml;
        this.out = out;
        this.layout = layout;
        this.namespace = namespace;
    }

    /** Starts the file: the XML declaration, {@code Message}, its {@code Header} and {@code LearningProvider}. */
    public static IlrFileWriter open(IlrFileHeader header, OutputStream out) {
        return open(header, out, IlrFileLayout.of(header.year()));
    }

    static IlrFileWriter open(IlrFileHeader header, OutputStream out, IlrFileLayout layout) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.UTF_8));
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            IlrFileWriter writer = new IlrFileWriter(xml, out, layout, header.year().namespace());
            writer.start(header);
            return writer;
        } catch (XMLStreamException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(IlrFileHeader header) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, "Message");
        xml.writeDefaultNamespace(namespace);

        IlrFileLayout.Element message = layout.message();
        Entity head = new Entity();
        Entity collection = head.child("CollectionDetails");
        collection.put("Collection", "ILR");
        collection.put("Year", header.year().code());
        collection.put("FilePreparationDate", header.preparedOn());
        Entity source = head.child("Source");
        source.put("ProtectiveMarking", "OFFICIAL-SENSITIVE-Personal");
        source.put("UKPRN", header.ukprn());
        source.put("SoftwareSupplier", header.softwareSupplier());
        source.put("SoftwarePackage", header.softwarePackage());
        source.put("Release", header.release());
        source.put("SerialNo", header.serialNo());
        source.put("DateTime", header.preparedAt());
        writeEntity(message.require("Header"), head, 1);

        Entity provider = new Entity();
        provider.put("UKPRN", header.ukprn());
        writeEntity(message.require("LearningProvider"), provider, 1);
    }

    /** Writes one {@code Learner} element, with everything beneath it. */
    public void write(IlrLearner learner) {
        if (closed) {
            throw new IllegalStateException("The ILR file is already finished");
        }
        try {
            writeEntity(layout.learner(), learnerEntity(learner), 1);
            learnersWritten++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public int learnersWritten() {
        return learnersWritten;
    }

    /** Ends the document and flushes it; the stream it was written to stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Entity learnerEntity(IlrLearner l) {
        Entity e = new Entity();
        e.put("LearnRefNumber", l.learnRefNumber());
        e.put("PrevLearnRefNumber", l.prevLearnRefNumber());
        e.put("PrevUKPRN", l.prevUkprn());
        e.put("PMUKPRN", l.pmUkprn());
        e.put("CampId", l.campId());
        e.put("ULN", l.uln());
        e.put("FamilyName", l.familyName());
        e.put("GivenNames", l.givenNames());
        e.put("DateOfBirth", l.dateOfBirth());
        e.put("Ethnicity", l.ethnicity());
        e.put("Sex", l.sex());
        e.put("LLDDHealthProb", l.llddHealthProb());
        e.put("NINumber", l.niNumber());
        e.put("Accom", l.accom());
        e.put("ALSCost", l.alsCost());
        e.put("PlanLearnHours", l.planLearnHours());
        e.put("PlanEEPHours", l.planEepHours());
        e.put("MathGrade", l.mathGrade());
        e.put("EngGrade", l.engGrade());
        e.put("PostcodePrior", l.postcodePrior());
        e.put("Postcode", l.postcode());
        e.put("AddLine1", l.addLine1());
        e.put("AddLine2", l.addLine2());
        e.put("AddLine3", l.addLine3());
        e.put("AddLine4", l.addLine4());
        e.put("TelNo", l.telNo());
        e.put("Email", l.email());
        for (IlrLearner.PriorAttainment p : l.priorAttainment()) {
            Entity c = e.child("PriorAttain");
            c.put("PriorLevel", p.priorLevel());
            c.put("DateLevelApp", p.dateLevelApplies());
        }
        for (IlrLearner.LlddCategory cat : l.llddCategories()) {
            Entity c = e.child("LLDDandHealthProblem");
            c.put("LLDDCat", cat.category());
            c.put("PrimaryLLDD", cat.primary() ? 1 : null);
        }
        for (IlrLearner.LearnerFam fam : l.learnerFams()) {
            Entity c = e.child("LearnerFAM");
            c.put("LearnFAMType", fam.type());
            c.put("LearnFAMCode", fam.code());
        }
        for (IlrLearner.ProviderMonitoring m : l.providerMonitoring()) {
            Entity c = e.child("ProviderSpecLearnerMonitoring");
            c.put("ProvSpecLearnMonOccur", m.occurrence());
            c.put("ProvSpecLearnMon", m.value());
        }
        for (IlrLearner.ContactPreference p : l.contactPreferences()) {
            Entity c = e.child("ContactPreference");
            c.put("ContPrefType", p.type());
            c.put("ContPrefCode", p.code());
        }
        for (IlrEmploymentStatus s : l.employmentStatuses()) {
            Entity c = e.child("LearnerEmploymentStatus");
            c.put("EmpStat", s.empStat());
            c.put("DateEmpStatApp", s.dateEmpStatApp());
            c.put("EmpId", s.empId());
            for (IlrEmploymentStatus.Monitoring m : s.monitoring()) {
                Entity esm = c.child("EmploymentStatusMonitoring");
                esm.put("ESMType", m.type());
                esm.put("ESMCode", m.code());
            }
        }
        for (IlrLearningDelivery d : l.learningDeliveries()) {
            deliveryEntity(d, e.child("LearningDelivery"));
        }
        return e;
    }

    private void deliveryEntity(IlrLearningDelivery d, Entity e) {
        e.put("LearnAimRef", d.learnAimRef());
        e.put("AimType", d.aimType());
        e.put("AimSeqNumber", d.aimSeqNumber());
        e.put("LearnStartDate", d.learnStartDate());
        e.put("OrigLearnStartDate", d.origLearnStartDate());
        e.put("LearnPlanEndDate", d.learnPlanEndDate());
        e.put("FundModel", d.fundModel());
        IlrFileLayout.Element delivery = layout.learningDelivery();
        if (delivery.has("HRSRecord")) {
            List<IlrFileLayout.Element> hours = delivery.require("HRSRecord").children();
            hoursRecord(e, hours, PLANNED_OFF_THE_JOB_HOURS, d.plannedHours());
            hoursRecord(e, hours, ACTUAL_OFF_THE_JOB_HOURS, d.otjActualHours());
        } else {
            e.put("PHours", d.plannedHours());
            e.put("OTJActHours", d.otjActualHours());
        }
        e.put("ProgType", d.progType());
        e.put("StdCode", d.stdCode());
        e.put("PartnerUKPRN", d.partnerUkprn());
        e.put("DelLocPostCode", d.delLocPostcode());
        e.put("LSDPostcode", d.lsdPostcode());
        e.put("AddHours", d.addHours());
        e.put("PriorLearnFundAdj", d.priorLearnFundAdj());
        e.put("OtherFundAdj", d.otherFundAdj());
        e.put("ConRefNumber", d.conRefNumber());
        e.put("EPAOrgID", d.epaOrgId());
        e.put("CompStatus", d.compStatus());
        e.put("LearnActEndDate", d.learnActEndDate());
        e.put("WithdrawReason", d.withdrawReason());
        e.put("Outcome", d.outcome());
        e.put("AchDate", d.achDate());
        e.put("OutGrade", d.outGrade());
        e.put("SWSupAimId", d.swSupAimId());
        e.put("TLOut", d.tlOut());
        for (IlrLearningDelivery.DeliveryFam fam : d.fams()) {
            Entity c = e.child("LearningDeliveryFAM");
            c.put("LearnDelFAMType", fam.type());
            c.put("LearnDelFAMCode", fam.code());
            c.put("LearnDelFAMDateFrom", fam.dateFrom());
            c.put("LearnDelFAMDateTo", fam.dateTo());
        }
        for (IlrLearningDelivery.FinancialRecord f : d.financialRecords()) {
            Entity c = e.child("AppFinRecord");
            c.put("AFinType", f.type());
            c.put("AFinCode", f.code());
            c.put("AFinDate", f.date());
            c.put("AFinAmount", f.amount());
        }
        for (IlrLearner.ProviderMonitoring m : d.providerMonitoring()) {
            Entity c = e.child("ProviderSpecDeliveryMonitoring");
            c.put("ProvSpecDelMonOccur", m.occurrence());
            c.put("ProvSpecDelMon", m.value());
        }
    }

    /** An hours record: the schema names its fields, the code first and then the hours. */
    private static void hoursRecord(Entity delivery, List<IlrFileLayout.Element> fields, int code, Integer hours) {
        if (hours == null || fields.size() < 2) {
            return;
        }
        Entity record = delivery.child("HRSRecord");
        record.put(fields.get(0).name(), code);
        record.put(fields.get(1).name(), hours);
    }

    private void writeEntity(IlrFileLayout.Element element, Entity entity, int depth) throws XMLStreamException {
        indent(depth);
        xml.writeStartElement(namespace, element.name());
        for (IlrFileLayout.Element child : element.children()) {
            for (Object value : entity.values(child.name())) {
                if (value instanceof Entity nested) {
                    writeEntity(child, nested, depth + 1);
                } else {
                    indent(depth + 1);
                    xml.writeStartElement(namespace, child.name());
                    xml.writeCharacters((String) value);
                    xml.writeEndElement();
                }
            }
        }
        indent(depth);
        xml.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "\t".repeat(depth));
    }

    private static RuntimeException failed(XMLStreamException e) {
        return e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                : new IllegalStateException("The ILR file could not be written", e);
    }

    /** The values of one element being written, by child element name, each text or an entity of its own. */
    private static final class Entity {

        private final Map<String, List<Object>> values = new LinkedHashMap<>();

        void put(String name, Object value) {
            if (value == null) {
                return;
            }
            String text = value instanceof LocalDateTime at ? at.truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME)
                    : value.toString();
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(text);
        }

        Entity child(String name) {
            Entity child = new Entity();
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(child);
            return child;
        }

        List<Object> values(String name) {
            return values.getOrDefault(name, List.of());
        }
    }
}
