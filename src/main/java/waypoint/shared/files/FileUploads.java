package waypoint.shared.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.springframework.stereotype.Service;

/**
 * Checks an upload and keeps it. The type is found from the bytes (Apache Tika; the name only narrows a generic
 * container such as a ZIP to the Office file it is), so an executable renamed {@code .pdf} is refused. The bytes
 * stream to the store while they are counted and hashed, never held whole in memory, and the copy stops as soon as
 * the size limit is passed, so an oversized file cannot fill the disk. The name is cleaned for the download header.
 */
@Service
public class FileUploads {

    private static final Tika TIKA = new Tika();
    private static final int NAME_LIMIT = 120;

    private final FileStore store;

    FileUploads(FileStore store) {
        this.store = store;
    }

    /**
     * Keeps the file when its content is one of {@code kinds} and it is at most {@code maxBytes}; otherwise throws
     * {@link UploadRejectedException} with a message for the person, and keeps nothing.
     */
    public UploadedFile accept(String originalName, InputStream content, Set<FileKind> kinds, long maxBytes) {
        String name = cleanName(originalName);
        try (TikaInputStream buffered = TikaInputStream.get(content)) {
            String mediaType = detect(buffered, name);
            if (kinds.stream().noneMatch(kind -> kind.accepts(mediaType))) {
                throw new UploadRejectedException("The file must be a " + kinds.stream().sorted()
                        .map(FileKind::words).collect(Collectors.joining(" or ")));
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            LimitedInputStream limited = new LimitedInputStream(new DigestInputStream(buffered, sha256), maxBytes);
            String fileId;
            try {
                fileId = store.put(limited);
            } catch (TooLargeException tooLarge) {
                throw new UploadRejectedException("The file must be smaller than " + describe(maxBytes));
            }
            if (limited.count == 0) {
                store.delete(fileId);
                throw new UploadRejectedException("The selected file is empty");
            }
            return new UploadedFile(fileId, name, mediaType, limited.count,
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Detects from the first bytes, then rewinds, so the whole stream is still there to store. */
    private static String detect(TikaInputStream buffered, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return TIKA.getDetector().detect(buffered, metadata, new ParseContext()).getBaseType().toString();
    }

    /** Letters, digits, spaces, dots, dashes and underscores only; no path; never empty. */
    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\p{Cntrl}", "")
                .replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("^[. ]+", "").strip();
        if (name.length() > NAME_LIMIT) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, NAME_LIMIT - extension.length()) + extension;
        }
        return name.isBlank() ? "file" : name;
    }

    private static String describe(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb ? (bytes / mb) + " MB" : (bytes / 1024) + " KB";
    }

    private static final class TooLargeException extends IOException {
    }

    /** Counts what passes and fails the copy the moment the limit is passed. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }
    }
}
