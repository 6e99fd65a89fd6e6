package waypoint.dataprotection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import waypoint.shared.files.FileStore;
import waypoint.shared.pdf.PdfRenderer;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSection.Release;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalFile;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * Gathers what every module holds about a person (each through its {@link PersonalDataSource}) and writes the pack
 * (docs/domain/data-protection.md, "What a subject access pack holds"): a ZIP with a readable, tagged PDF, the same
 * records as JSON, and every file the records hold. Sections never released automatically (safeguarding) and
 * sections the data protection officer refused are left out of it. The ZIP is written as it goes, file by file.
 */
@Component
public class SubjectAccessPack {

    /** The order a reader meets the sections in; a section not named here comes after, in the order gathered. */
    static final List<String> ORDER = List.of("learner-record", "declarations", "apprenticeships",
            "off-the-job-entries", "portfolio-evidence", "portfolio-journal", "portfolio-documents",
            "progress-reviews", "sessions", "messages", "support-cases", "feedback", "surveys",
            "sensitive-record-views", "sharing", "safeguarding");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataSource> sources;
    private final FileStore files;
    private final PdfRenderer pdf;

    SubjectAccessPack(List<PersonalDataSource> sources, FileStore files, PdfRenderer pdf) {
        this.sources = List.copyOf(sources);
        this.files = files;
        this.pdf = pdf;
    }

    /** Every section every module holds about the subject, in reading order. */
    public List<PersonalDataSection> gather(DataSubject subject) {
        List<PersonalDataSection> sections = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            sections.addAll(source.describe(subject));
        }
        sections.sort(Comparator.comparingInt(s -> {
            int at = ORDER.indexOf(s.key());
            return at < 0 ? ORDER.size() : at;
        }));
        return sections;
    }

    public PackReview review(List<PersonalDataSection> sections) {
        return new PackReview(sections.stream().map(s -> new PackReview.Section(s.key(), s.title(),
                s.release() == Release.DATA_PROTECTION_OFFICER_ONLY, s.records().size(),
                (int) s.records().stream().mapToLong(r -> r.files().size()).sum(),
                s.records().stream().flatMap(r -> r.otherPeople().stream()).distinct().toList(),
                s.release() == Release.DATA_PROTECTION_OFFICER_ONLY
                        ? s.records().stream().map(r -> r.heading() + ": " + String.join(", ", r.fields().values()))
                                .toList()
                        : List.of()))
                .toList());
    }

    /** The sections that go to the person: never the officer-only ones, never those refused. */
    public static List<PersonalDataSection> released(List<PersonalDataSection> sections, Collection<String> refused) {
        return sections.stream()
                .filter(s -> s.release() == Release.WITH_REVIEW && !refused.contains(s.key())).toList();
    }

    /** Writes the ZIP of the sections given to {@code out}, which it does not close. */
    public void write(String personName, Instant gatheredAt, List<PersonalDataSection> sections,
            Set<String> refusedTitles, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            Map<PersonalFile, String> paths = new LinkedHashMap<>();
            for (PersonalDataSection section : sections) {
                for (PersonalRecord record : section.records()) {
                    for (PersonalFile file : record.files()) {
                        paths.putIfAbsent(file, "files/" + section.key() + "/" + safe(record.id()) + "/"
                                + (paths.size() + 1) + "-" + safe(file.name()));
                    }
                }
            }
            entry(zip, "personal-data.json", JSON.writeValueAsBytes(json(personName, gatheredAt, sections, paths)));
            entry(zip, "personal-data.pdf", pdf.render("dataprotection/pack-pdf", Map.of("personName", personName,
                    "gatheredAt", gatheredAt, "sections", sections, "paths", paths, "refused", refusedTitles)));
            for (Map.Entry<PersonalFile, String> file : paths.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getValue()));
                try (InputStream in = files.open(file.getKey().fileId())) {
                    in.transferTo(zip);
                } catch (IOException missing) {
                    zip.write(("This file could not be read from the store: " + missing.getMessage())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> json(String personName, Instant gatheredAt, List<PersonalDataSection> sections,
            Map<PersonalFile, String> paths) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "waypoint-subject-access-pack/1");
        root.put("person", personName);
        root.put("gatheredAt", String.valueOf(gatheredAt));
        List<Object> out = new ArrayList<>();
        for (PersonalDataSection section : sections) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("title", section.title());
            s.put("records", section.records().stream().map(r -> {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", r.id());
                record.put("heading", r.heading());
                record.put("fields", r.fields());
                record.put("files", r.files().stream().map(f -> Map.of("name", f.name(), "mediaType", f.mediaType(),
                        "path", paths.get(f))).toList());
                return record;
            }).toList());
            out.add(s);
        }
        root.put("sections", out);
        return root;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A name safe inside a ZIP on every system: letters, digits, dot, dash and underscore. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return cleaned.isEmpty() ? "file" : cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }
}
