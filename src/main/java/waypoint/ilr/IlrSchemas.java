package waypoint.ilr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official ILR schemas shipped with Waypoint, one per collection year (src/main/resources/ilr/), and the check
 * of a file against its year's schema. Adding a year's {@code schema.xsd} makes the year available without a change
 * to the code. A file is checked as it streams, never held whole; DTDs and external entities are refused, so a
 * file cannot make the server read anything else (docs/domain/ilr.md).
 */
@Component
public class IlrSchemas {

    /** Problems listed before the check stops: enough to see what is wrong with a file, not a flood. */
    static final int MOST_PROBLEMS = 100;

    private final Map<IlrYear, Schema> compiled = new ConcurrentHashMap<>();
    private final List<IlrYear> years;
    private final PathMatchingResourcePatternResolver files;

    public IlrSchemas() {
        this(new PathMatchingResourcePatternResolver());
    }

    /**
     * The schemas {@code files} finds: a test's stand-in for a year not shipped yet, kept apart from the shipped
     * ones so it turns nothing on in the application.
     */
    static IlrSchemas from(ClassLoader files) {
        return new IlrSchemas(new PathMatchingResourcePatternResolver(files));
    }

    private IlrSchemas(PathMatchingResourcePatternResolver files) {
        this.files = files;
        try {
            Resource[] schemas = files.getResources("classpath*:ilr/*/schema.xsd");
            years = Arrays.stream(schemas).map(IlrSchemas::yearOf).flatMap(Optional::stream).distinct()
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<IlrYear> yearOf(Resource schema) {
        try {
            String path = schema.getURL().toString();
            String folder = path.substring(0, path.lastIndexOf('/'));
            return Optional.of(IlrYear.named(folder.substring(folder.lastIndexOf('/') + 1)));
        } catch (IOException | IllegalArgumentException notAYear) {
            return Optional.empty();
        }
    }

    /** The years whose schema is shipped, oldest first. */
    public List<IlrYear> years() {
        return years;
    }

    public Optional<IlrYear> year(String name) {
        return years.stream().filter(y -> y.name().equals(name)).findFirst();
    }

    /** Where in a file something is wrong, and what, in the schema checker's words. */
    public record Problem(int line, int column, String message) {
    }

    /**
     * Checks a file against the year's schema as it streams; an empty list when it is valid. A file that is not
     * XML at all gives one problem saying so, with the line where reading stopped.
     */
    public List<Problem> check(IlrYear year, InputStream file) {
        Validator validator = schemaOf(year).newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The XML validator cannot be made safe", e);
        }
        List<Problem> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                if (problems.size() >= MOST_PROBLEMS) {
                    throw e;
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(),
                        "The file is not well-formed XML: " + e.getMessage()));
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(file));
        } catch (SAXParseException stopped) {
            // already listed
        } catch (SAXException e) {
            problems.add(new Problem(0, 0, "The file could not be read as XML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private Schema schemaOf(IlrYear year) {
        return compiled.computeIfAbsent(year, y -> {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                Resource schema = files.getResource("classpath:" + y.folder() + "schema.xsd");
                try (InputStream in = schema.getInputStream()) {
                    return factory.newSchema(new StreamSource(in, schema.getURL().toString()));
                }
            } catch (SAXException | IOException e) {
                throw new IllegalStateException("The ILR " + y.name() + " schema shipped with Waypoint cannot be read",
                        e);
            }
        });
    }
}
