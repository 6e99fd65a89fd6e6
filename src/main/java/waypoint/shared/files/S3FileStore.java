package waypoint.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in S3-compatible object storage (AWS S3, MinIO, Ceph, Garage...), so that every node of Waypoint reads the
 * same files ({@link S3Settings}; docs/operations.md). Each file is one object named by its id.
 *
 * <p>Streamed both ways, never held whole in memory: a file up to one part ({@value #PART_BYTES} bytes) is sent with
 * its length; a larger one is sent as a multipart upload, one part in memory at a time, and the upload is aborted
 * if reading the file fails (a file over the size limit, say), so no object appears. Downloads are the object's
 * stream as it arrives. Checksums are sent only where the S3 API requires them, which every S3-compatible store
 * understands.
 */
class S3FileStore implements FileStore, AutoCloseable {

    /** The size of each part of a multipart upload: above S3's 5 MiB minimum, and all one upload holds in memory. */
    static final int PART_BYTES = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    S3FileStore(S3Settings settings) {
        this(client(settings), settings.bucket());
    }

    S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException unreachable) {
            s3.close();
            throw new IllegalStateException("Uploaded files cannot be kept: the object store bucket '" + bucket
                    + "' cannot be reached (" + unreachable.getMessage() + "). Check WAYPOINT_S3_ENDPOINT, "
                    + "WAYPOINT_S3_BUCKET (the bucket must exist), WAYPOINT_S3_REGION and the access key.",
                    unreachable);
        }
    }

    private static S3Client client(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(blank(settings.region()) ? "us-east-1" : settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!blank(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (blank(settings.accessKey())) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public String put(InputStream content) throws IOException {
        String id = FileIds.next();
        putAs(id, content);
        return id;
    }

    @Override
    public void putAs(String id, InputStream content) throws IOException {
        FileIds.checked(id);
        byte[] part = new byte[PART_BYTES];
        int length = fill(content, part);
        if (length < PART_BYTES) {
            try {
                s3.putObject(request -> request.bucket(bucket).key(id).contentLength((long) length),
                        body(part, length));
            } catch (SdkException failed) {
                throw failure("keep", id, failed);
            }
            return;
        }
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(id)).uploadId();
        } catch (SdkException failed) {
            throw failure("keep", id, failed);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int filled = length;
            do {
                int number = parts.size() + 1;
                int size = filled;
                String eTag = s3.uploadPart(request -> request.bucket(bucket).key(id).uploadId(uploadId)
                        .partNumber(number).contentLength((long) size), body(part, size)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
                filled = fill(content, part);
            } while (filled > 0);
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(id).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException failed) {
            try {
                s3.abortMultipartUpload(request -> request.bucket(bucket).key(id).uploadId(uploadId));
            } catch (SdkException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            if (failed instanceof SdkException sdk) {
                throw failure("keep", id, sdk);
            }
            throw failed;
        }
    }

    @Override
    public InputStream open(String id) throws IOException {
        String key = FileIds.checked(id);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException failed) {
            throw failure("read", key, failed);
        }
    }

    @Override
    public long size(String id) throws IOException {
        String key = FileIds.checked(id);
        try {
            return s3.headObject(request -> request.bucket(bucket).key(key)).contentLength();
        } catch (SdkException failed) {
            throw failure("read", key, failed);
        }
    }

    @Override
    public void delete(String id) throws IOException {
        String key = FileIds.checked(id);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException failed) {
            throw failure("delete", key, failed);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public void checkReachable() throws IOException {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException unreachable) {
            throw new IOException("the bucket " + bucket + " cannot be reached: " + unreachable.getMessage(), unreachable);
        }
    }

    /** Reads until the buffer is full or the stream ends; the number of bytes read (0 at the end). */
    private static int fill(InputStream content, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = content.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length);
    }

    /** A missing file is {@link NoSuchFileException}, as on the local disk; anything else an {@link IOException}. */
    private IOException failure(String doing, String id, SdkException failed) {
        boolean missing = failed instanceof NoSuchKeyException
                || failed instanceof S3Exception s3Failure && s3Failure.statusCode() == 404;
        if (missing) {
            NoSuchFileException none = new NoSuchFileException(id, null, "no such file in bucket " + bucket);
            none.initCause(failed);
            return none;
        }
        return new IOException("Could not " + doing + " file " + id + " in bucket " + bucket + ": "
                + failed.getMessage(), failed);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
