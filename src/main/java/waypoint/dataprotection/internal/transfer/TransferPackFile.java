package waypoint.dataprotection.internal.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A transfer pack uploaded to be brought in, read and checked before anything is kept (docs/domain/transfer-pack.md,
 * "Bringing a pack in"): a ZIP, its JSON of the format and version this Waypoint reads, within the sizes allowed, and
 * every file the JSON names present. What is wrong is said in words; the pack is then not read further.
 */
public final class TransferPackFile implements Closeable {

    /** The largest pack brought in: the largest upload the application takes. */
    public static final long MOST_BYTES = 500L * 1024 * 1024;
    static final long MOST_JSON_BYTES = 20L * 1024 * 1024;
    static final int MOST_ENTRIES = 20_000;

    private static final JsonMapper READ = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final TransferPack pack;

    private TransferPackFile(ZipFile zip, Map<String, ZipEntry> entries, TransferPack pack) {
        this.zip = zip;
        this.entries = entries;
        this.pack = pack;
    }

    /** Why a pack cannot be read, in words for the person who uploaded it. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    public static TransferPackFile open(Path file) {
        ZipFile zip;
        try {
            if (java.nio.file.Files.size(file) > MOST_BYTES) {
                throw new Unreadable("The pack must be 500 MB or smaller");
            }
            zip = new ZipFile(file.toFile());
        } catch (ZipException notAZip) {
            throw new Unreadable("This is not a transfer pack: a transfer pack is a ZIP file made by Waypoint");
        } catch (IOException unreadable) {
            throw new Unreadable("The pack could not be read: upload it again");
        }
        try {
            Map<String, ZipEntry> entries = new HashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            long total = 0;
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entries.size() >= MOST_ENTRIES) {
                    throw new Unreadable("The pack holds more than " + MOST_ENTRIES + " files: it is not one Waypoint"
                            + " made");
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                    throw new Unreadable("The pack names a file outside itself (" + name + "): it is not one Waypoint"
                            + " made");
                }
                total += Math.max(0, entry.getSize());
                if (total > 4 * MOST_BYTES) {
                    throw new Unreadable("The pack's files come to more than 2 GB unpacked: it is not one Waypoint"
                            + " made");
                }
                entries.put(name, entry);
            }
            ZipEntry json = entries.get(TransferPack.JSON_ENTRY);
            if (json == null) {
                throw new Unreadable("The ZIP has no " + TransferPack.JSON_ENTRY + ": it is not a transfer pack");
            }
            if (json.getSize() > MOST_JSON_BYTES) {
                throw new Unreadable(TransferPack.JSON_ENTRY + " is larger than 20 MB: it is not one Waypoint made");
            }
            TransferPack pack;
            try (InputStream in = zip.getInputStream(json)) {
                byte[] bytes = in.readNBytes((int) MOST_JSON_BYTES + 1);
                if (bytes.length > MOST_JSON_BYTES) {
                    throw new Unreadable(TransferPack.JSON_ENTRY + " is larger than 20 MB: it is not one Waypoint made");
                }
                var tree = READ.readTree(bytes);
                String format = tree.path("format").asString("");
                if (!format.startsWith("waypoint-transfer-pack/")) {
                    throw new Unreadable("This is not a transfer pack: its format is not "
                            + TransferPack.FORMAT);
                }
                if (!format.equals(TransferPack.FORMAT)) {
                    throw new Unreadable("This pack is format " + format + "; this Waypoint reads "
                            + TransferPack.FORMAT + ": ask the provider who made it for a pack of that version");
                }
                pack = READ.treeToValue(tree, TransferPack.class);
            } catch (JacksonException wrong) {
                throw new Unreadable(TransferPack.JSON_ENTRY + " is not a transfer pack's JSON: "
                        + firstLine(wrong.getOriginalMessage()));
            }
            TransferPackFile read = new TransferPackFile(zip, entries, pack);
            List<String> problems = read.shapeProblems();
            if (!problems.isEmpty()) {
                throw new Unreadable(String.join("; ", problems));
            }
            return read;
        } catch (Unreadable | IOException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already refusing the pack
            }
            throw e instanceof Unreadable u ? u : new Unreadable("The pack could not be read: upload it again");
        }
    }

    /** What the schema requires and the JSON lacks, and the files it names that are not in the ZIP. */
    private List<String> shapeProblems() {
        List<String> problems = new ArrayList<>();
        TransferPack.Learner learner = pack.learner();
        if (learner == null) {
            problems.add("The pack has no learner");
            return problems;
        }
        if (blank(learner.givenNames()) || blank(learner.familyName())) {
            problems.add("The pack gives no name for the learner");
        }
        if (learner.dateOfBirth() == null) {
            problems.add("The pack gives no date of birth for the learner");
        }
        if (blank(learner.uln())) {
            problems.add("The pack gives no ULN for the learner");
        }
        if (blank(learner.email())) {
            problems.add("The pack gives no email address for the learner");
        }
        if (blank(pack.previousProvider())) {
            problems.add("The pack does not name the provider who made it");
        }
        int n = 0;
        for (TransferPack.Apprenticeship a : pack.apprenticeships()) {
            n++;
            if (blank(a.standardReference()) || a.startDate() == null || a.plannedEndDate() == null
                    || blank(a.status())) {
                problems.add("Apprenticeship " + n + " lacks its standard, start date, planned end date or status");
            }
            for (TransferPack.Evidence e : a.evidence()) {
                if (e.file() != null && !entries.containsKey(e.file())) {
                    problems.add("The evidence \"" + e.title() + "\" names the file " + e.file()
                            + ", which is not in the pack");
                }
            }
            for (TransferPack.Review r : a.reviews()) {
                if (r.signedRecord() != null && !entries.containsKey(r.signedRecord())) {
                    problems.add("Progress review " + r.number() + " of apprenticeship " + n + " names its signed"
                            + " record " + r.signedRecord() + ", which is not in the pack");
                }
            }
            for (TransferPack.OffTheJobEntry e : a.offTheJob()) {
                if (e.date() == null || e.minutes() <= 0) {
                    problems.add("An off-the-job entry of apprenticeship " + n + " lacks its date or time");
                    break;
                }
            }
        }
        return problems;
    }

    public TransferPack pack() {
        return pack;
    }

    /** The bytes of a file the pack names; the caller closes the stream. */
    public InputStream open(String path) throws IOException {
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            throw new IOException("No file " + path + " in the pack");
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it could not be read";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
