package waypoint.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files in a directory ({@code waypoint.files.directory}, by default {@code files} in the data directory), two
 * levels of sub-directories by id so no directory grows too large. Written to a temporary file first and moved into
 * place, so a half-written file never has an id. The store of the default run ({@link FileStoreConfiguration}).
 */
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    @Override
    public String put(InputStream content) throws IOException {
        String id = FileIds.next();
        putAs(id, content);
        return id;
    }

    @Override
    public void putAs(String id, InputStream content) throws IOException {
        Path target = pathOf(id);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String id) throws IOException {
        return Files.newInputStream(pathOf(id));
    }

    @Override
    public long size(String id) throws IOException {
        return Files.size(pathOf(id));
    }

    @Override
    public void delete(String id) throws IOException {
        Files.deleteIfExists(pathOf(id));
    }

    @Override
    public void checkReachable() throws IOException {
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new IOException("the files directory " + root + " is missing or cannot be written to");
        }
    }

    /** Only ids this store made resolve to a path: nothing typed by a person reaches the file system. */
    private Path pathOf(String id) {
        FileIds.checked(id);
        return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }
}
