package waypoint.ilr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The elements of a year's file and their order, read from the year's shipped schema ({@code ilr/<year>/schema.xsd}),
 * so a year the schema of which is added is written without a change to the code: an element the year's schema does
 * not have is not written, and one it adds (such as the 2026-27 hours record) is written when Waypoint holds its
 * facts (docs/domain/ilr.md, "Collection years and return periods").
 */
final class IlrFileLayout {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Map<IlrYear, IlrFileLayout> LAYOUTS = new ConcurrentHashMap<>();

    /**
     * One element of the file: its name and, for an element with elements of its own, those in order; for a field
     * whose schema limits its length, the most characters it may have (null when it does not).
     */
    record Element(String name, List<IlrFileLayout.Element> children, Integer maxLength) {

        Element(String name, List<IlrFileLayout.Element> children) {
            this(name, children, null);
        }

        Optional<IlrFileLayout.Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        boolean has(String childName) {
            return child(childName).isPresent();
        }

        IlrFileLayout.Element require(String childName) {
            return child(childName).orElseThrow(() -> new IllegalStateException(
                    "The ILR schema has no " + childName + " in " + name));
        }
    }

    private final Element message;

    private IlrFileLayout(Element message) {
        this.message = message;
    }

    static IlrFileLayout of(IlrYear year) {
        return LAYOUTS.computeIfAbsent(year, y -> read(y, IlrFileLayout.class.getClassLoader()));
    }

    /** The layout of the year's schema where {@code files} finds it (a test's stand-in for a later year). */
    static IlrFileLayout of(IlrYear year, ClassLoader files) {
        return read(year, files);
    }

    /** The most characters a field of the programme aim may have in this year's schema, when it limits them. */
    Optional<Integer> longestOnAim(String field) {
        return learningDelivery().child(field).map(Element::maxLength);
    }

    Element message() {
        return message;
    }

    Element learner() {
        return message.require("Learner");
    }

    Element learningDelivery() {
        return learner().require("LearningDelivery");
    }

    private static IlrFileLayout read(IlrYear year, ClassLoader files) {
        String path = year.folder() + "schema.xsd";
        try (InputStream in = files.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("The ILR " + year.name() + " schema is not shipped with Waypoint");
            }
            return read(year.name(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout a schema describes (a year's shipped schema, or in tests one made like a later year's). */
    static IlrFileLayout read(String yearName, InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Document schema = factory.newDocumentBuilder().parse(in);
            org.w3c.dom.Element root = schema.getDocumentElement();
            Map<String, org.w3c.dom.Element> namedTypes = new HashMap<>();
            for (org.w3c.dom.Element type : children(root, "complexType")) {
                namedTypes.put(type.getAttribute("name"), type);
            }
            org.w3c.dom.Element message = children(root, "element").stream()
                    .filter(e -> e.getAttribute("name").equals("Message")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The ILR " + yearName + " schema has no Message"));
            return new IlrFileLayout(element(message, namedTypes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The ILR " + yearName + " schema cannot be read", e);
        }
    }

    private static Element element(org.w3c.dom.Element declaration, Map<String, org.w3c.dom.Element> namedTypes) {
        org.w3c.dom.Element type = children(declaration, "complexType").stream().findFirst().orElse(null);
        String typeName = declaration.getAttribute("type");
        if (type == null && !typeName.isEmpty()) {
            type = namedTypes.get(typeName.substring(typeName.indexOf(':') + 1));
        }
        List<Element> elements = new ArrayList<>();
        if (type != null) {
            collect(type, namedTypes, elements);
        }
        return new Element(declaration.getAttribute("name"), List.copyOf(elements), maxLength(declaration));
    }

    /** The {@code maxLength} of a field's own simple type ({@code xs:simpleType/xs:restriction/xs:maxLength}). */
    private static Integer maxLength(org.w3c.dom.Element declaration) {
        for (org.w3c.dom.Element simple : children(declaration, "simpleType")) {
            for (org.w3c.dom.Element restriction : children(simple, "restriction")) {
                for (org.w3c.dom.Element facet : children(restriction, "maxLength")) {
                    try {
                        return Integer.valueOf(facet.getAttribute("value").strip());
                    } catch (NumberFormatException notANumber) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** The elements of a type in document order, through its sequences and choices. */
    private static void collect(org.w3c.dom.Element particle, Map<String, org.w3c.dom.Element> namedTypes,
                                List<Element> into) {
        for (Node n = particle.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && XS.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "element" -> into.add(element(e, namedTypes));
                    case "sequence", "choice", "all" -> collect(e, namedTypes, into);
                    default -> {
                    }
                }
            }
        }
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String localName) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && XS.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
