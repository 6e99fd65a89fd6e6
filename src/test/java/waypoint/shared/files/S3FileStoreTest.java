package waypoint.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/**
 * Uploaded files in S3-compatible object storage, against a real S3 server: S3Proxy, started in this test on a free
 * port with its file-system storage, and the store built as production builds it (path-style, an endpoint, a key).
 * The Spring context of the other tests keeps its local files.
 */
class S3FileStoreTest {

    private static final String BUCKET = "waypoint-files";
    private static final String ACCESS_KEY = "waypoint-test";
    private static final String SECRET_KEY = "waypoint-test-secret";
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @TempDir
    static Path objects;
    private static BlobStoreContext blobs;
    private static S3Proxy server;
    private static S3FileStore store;

    @BeforeAll
    static void startAnS3Server() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", objects.toString());
        blobs = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential").overrides(properties)
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        server.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> "STARTED".equals(server.getState()));
        store = new S3FileStore(settings(BUCKET));
    }

    @AfterAll
    static void stopTheS3Server() throws Exception {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
    }

    @Test
    void a_small_file_is_kept_read_measured_and_deleted() throws IOException {
        byte[] content = "%PDF-1.4 a certificate".getBytes(StandardCharsets.US_ASCII);

        String id = store.put(new ByteArrayInputStream(content));

        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(store.size(id)).isEqualTo(content.length);
        try (InputStream kept = store.open(id)) {
            assertThat(kept.readAllBytes()).isEqualTo(content);
        }
        store.delete(id);
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(NoSuchFileException.class).hasMessageContaining(id);
    }

    @Test
    void a_twenty_megabyte_file_streams_up_in_parts_before_it_is_all_read_and_streams_back_whole() throws Exception {
        GeneratedStream upload = new GeneratedStream(TWENTY_MB);
        upload.whenAt(17L * 1024 * 1024, () -> storedBytes() >= S3FileStore.PART_BYTES);

        String id = store.put(upload);

        assertThat(upload.checkPassed).as("a full part was in the store before the rest of the file was read")
                .isTrue();
        assertThat(store.size(id)).isEqualTo(TWENTY_MB);
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream kept = store.open(id)) {
            for (int n; (n = kept.read(buffer)) > 0; ) {
                read.update(buffer, 0, n);
                total += n;
            }
        }
        assertThat(total).isEqualTo(TWENTY_MB);
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(upload.sha256());
        store.delete(id);
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_and_leaves_nothing_in_the_bucket() throws IOException {
        long before = objectCount();
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        InputStream tooBig = new java.io.SequenceInputStream(new ByteArrayInputStream(pdf),
                new GeneratedStream(TWENTY_MB));

        assertThatThrownBy(() -> new FileUploads(store).accept("video.pdf", tooBig, Set.of(FileKind.PDF),
                10L * 1024 * 1024))
                .isInstanceOf(UploadRejectedException.class).hasMessage("The file must be smaller than 10 MB");
        assertThat(objectCount()).isEqualTo(before);
    }

    @Test
    void a_missing_file_is_a_clear_error_and_a_made_up_id_never_reaches_the_store() {
        String missing = "0123456789abcdef0123456789abcdef";
        assertThatThrownBy(() -> store.open(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing).hasMessageContaining(BUCKET);
        assertThatThrownBy(() -> store.size(missing)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("../other-bucket/key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a file id");
    }

    @Test
    void a_bucket_that_does_not_exist_stops_the_start_with_what_to_check() {
        assertThatThrownBy(() -> new S3FileStore(settings("no-such-bucket")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'no-such-bucket'")
                .hasMessageContaining("WAYPOINT_S3_BUCKET");
    }

    @Test
    void the_waypoint_s3_variables_choose_object_storage_and_without_a_bucket_files_stay_on_disk() throws Exception {
        Map<String, Object> environment = Map.of("WAYPOINT_S3_ENDPOINT", "http://127.0.0.1:" + server.getPort(),
                "WAYPOINT_S3_BUCKET", BUCKET, "WAYPOINT_S3_REGION", "eu-west-2",
                "WAYPOINT_S3_ACCESS_KEY", ACCESS_KEY, "WAYPOINT_S3_SECRET_KEY", SECRET_KEY);
        S3Settings fromEnvironment = settingsFrom(environment);
        assertThat(fromEnvironment).isEqualTo(new S3Settings("http://127.0.0.1:" + server.getPort(), BUCKET,
                "eu-west-2", ACCESS_KEY, SECRET_KEY, true));
        assertThat(fromEnvironment.toString()).doesNotContain(SECRET_KEY);

        FileStore chosen = new FileStoreConfiguration().fileStore(fromEnvironment, objects.resolve("unused"));
        try {
            assertThat(chosen).isInstanceOf(S3FileStore.class);
            String id = chosen.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
            assertThat(blobs.getBlobStore().blobExists(BUCKET, id)).isTrue();
            chosen.delete(id);
        } finally {
            ((S3FileStore) chosen).close();
        }

        S3Settings none = settingsFrom(Map.of());
        assertThat(none.configured()).isFalse();
        assertThat(new FileStoreConfiguration().fileStore(none, objects.resolve("local")))
                .isInstanceOf(LocalFileStore.class);
    }

    /** The settings as the application binds them: application.yml's placeholders filled from these variables. */
    private static S3Settings settingsFrom(Map<String, Object> environment) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("environment", environment));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(sources::addLast);
        PropertySourcesPlaceholdersResolver placeholders = new PropertySourcesPlaceholdersResolver(sources);
        return new Binder(ConfigurationPropertySources.from(sources), placeholders)
                .bindOrCreate("waypoint.s3", S3Settings.class);
    }

    private static S3Settings settings(String bucket) {
        return new S3Settings("http://127.0.0.1:" + server.getPort(), bucket, "us-east-1", ACCESS_KEY, SECRET_KEY,
                true);
    }

    private static long objectCount() {
        return blobs.getBlobStore().countBlobs(BUCKET);
    }

    /** What the S3 server holds on its disk, objects and parts of uploads under way alike. */
    private static long storedBytes() {
        try (Stream<Path> files = Files.walk(objects)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Bytes made as they are read, never held, with their SHA-256; can check something once part-way through. */
    private static final class GeneratedStream extends InputStream {

        private final long length;
        private final MessageDigest sha256;
        private long position;
        private long checkAt = -1;
        private java.util.function.BooleanSupplier check;
        boolean checkPassed;

        GeneratedStream(long length) throws IOException {
            this.length = length;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IOException(e);
            }
        }

        void whenAt(long at, java.util.function.BooleanSupplier check) {
            this.checkAt = at;
            this.check = check;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int wanted) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(wanted, length - position);
            if (checkAt >= 0 && position < checkAt && position + n >= checkAt) {
                checkPassed = check.getAsBoolean();
            }
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = (byte) (at * 31 + (at >>> 11));
            }
            sha256.update(buffer, offset, n);
            position += n;
            return n;
        }

        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}
