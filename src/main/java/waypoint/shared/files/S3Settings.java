package waypoint.shared.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files go when they go to S3-compatible object storage ({@code waypoint.s3.*}, from the
 * {@code WAYPOINT_S3_*} environment variables; docs/operations.md). No bucket: files stay in the data directory.
 *
 * @param endpoint  the store's address, such as {@code http://minio.internal:9000}; empty for AWS itself
 * @param bucket    the bucket, which must exist; empty keeps files on the local disk
 * @param region    the region to sign requests for ({@code us-east-1} suits most other stores)
 * @param accessKey with {@code secretKey}, the store's credentials; empty uses the AWS SDK's default credentials
 * @param secretKey the secret of {@code accessKey}
 * @param pathStyle the bucket in the path ({@code http://host/bucket/key}), as MinIO, Ceph and Garage expect
 */
@ConfigurationProperties("waypoint.s3")
public record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey,
        boolean pathStyle) {

    public boolean configured() {
        return bucket != null && !bucket.isBlank();
    }

    /** Never the secret, in case the settings are logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey="
                + accessKey + ", pathStyle=" + pathStyle + "]";
    }
}
