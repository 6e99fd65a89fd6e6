package waypoint.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUploadsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXECUTABLE = executable();

    @TempDir
    Path directory;

    @Test
    void a_pdf_is_kept_under_a_random_id_with_its_type_size_and_hash() throws IOException {
        FileUploads uploads = uploads();

        UploadedFile file = uploads.accept("My certificate.pdf", new ByteArrayInputStream(PDF), Set.of(FileKind.PDF),
                1024);

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.name()).isEqualTo("My certificate.pdf");
        assertThat(file.size()).isEqualTo(PDF.length);
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.fileId()).matches("[0-9a-f]{32}");
        try (InputStream kept = new LocalFileStore(directory).open(file.fileId())) {
            assertThat(kept.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void an_executable_renamed_pdf_is_refused_and_nothing_is_kept() throws IOException {
        assertThatThrownBy(() -> uploads().accept("invoice.pdf", new ByteArrayInputStream(EXECUTABLE),
                FileKind.DOCUMENTS, 1024 * 1024))
                .isInstanceOf(UploadRejectedException.class).hasMessageStartingWith("The file must be a");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void a_file_over_the_limit_is_refused_when_the_limit_is_passed_and_nothing_is_kept() throws IOException {
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> uploads().accept("big.pdf", new ByteArrayInputStream(big), Set.of(FileKind.PDF),
                1024 * 1024))
                .isInstanceOf(UploadRejectedException.class).hasMessage("The file must be smaller than 1 MB");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void names_lose_paths_and_characters_that_do_not_belong_in_a_header() {
        assertThat(FileUploads.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileUploads.cleanName("C:\\Users\\me\\CV \"final\".docx")).isEqualTo("CV _final_.docx");
        assertThat(FileUploads.cleanName("\r\n")).isEqualTo("file");
        assertThat(FileUploads.cleanName(".hidden")).isEqualTo("hidden");
    }

    @Test
    void only_ids_the_store_made_reach_the_file_system() throws IOException {
        LocalFileStore store = new LocalFileStore(directory);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private FileUploads uploads() throws IOException {
        return new FileUploads(new LocalFileStore(directory));
    }

    private java.util.List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** The start of a Windows executable: the MZ header and the DOS stub's message. */
    private static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }
}
