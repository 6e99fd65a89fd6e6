package waypoint.shared.files;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One store for uploaded files: S3-compatible object storage when a bucket is set ({@code WAYPOINT_S3_BUCKET}), so
 * several nodes share the files; otherwise a directory in the data directory, for the default run.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(S3Settings s3,
            @Value("${waypoint.files.directory:${waypoint.data-directory}/files}") Path directory) throws IOException {
        return s3.configured() ? new S3FileStore(s3) : new LocalFileStore(directory);
    }
}
