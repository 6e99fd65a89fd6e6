package waypoint.shared.operations;

import java.io.IOException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import waypoint.shared.files.FileStore;

/** Readiness: uploaded files can be kept now (the files directory is writable, or the bucket answers). */
@Component
class ObjectStoreHealthIndicator extends AbstractHealthIndicator {

    private final FileStore files;

    ObjectStoreHealthIndicator(FileStore files) {
        super("The object store cannot be reached");
        this.files = files;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws IOException {
        files.checkReachable();
        builder.up();
    }
}
