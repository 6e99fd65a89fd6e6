package waypoint.shared.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live: a directory in the default run, an object store in production. Files are kept under
 * random ids, never under the names people gave them and never where the web server serves files from. Modules
 * do not call it directly for uploads: {@link FileUploads} checks a file before it is kept.
 */
public interface FileStore {

    /** Keeps the bytes under a new random id and answers it. */
    String put(InputStream content) throws IOException;

    /**
     * Keeps the bytes under an id another store made (a whole provider's export brought back keeps its files' ids,
     * docs/domain/provider-export.md); the id must be one a store could have made.
     */
    void putAs(String id, InputStream content) throws IOException;

    /** The bytes kept under {@code id}; the caller closes the stream. */
    InputStream open(String id) throws IOException;

    long size(String id) throws IOException;

    void delete(String id) throws IOException;

    /**
     * A cheap check that files can be kept now, for the readiness health check: the directory is there and writable,
     * or the bucket answers. Throws, saying what is wrong, when not.
     */
    void checkReachable() throws IOException;
}
