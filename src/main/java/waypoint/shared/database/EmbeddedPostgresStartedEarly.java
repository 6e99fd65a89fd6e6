package waypoint.shared.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded PostgreSQL prepared on a thread of its own as soon as Waypoint's settings are read, so that extracting,
 * initialising and starting it overlaps the framework's own start on the other core instead of following it
 * (docs/performance.md, "Start-up and the heap at idle": about 3 s of a first start, half a second of a restart).
 * Only the server started by {@code main} does this ({@code WaypointApplication} adds this listener); tests and
 * tools start theirs when the data source is first needed, as before. The data source's configuration
 * ({@link DatabaseConfiguration}) takes the server prepared here when it is for the same data directory, and one not
 * taken (the start failed first) is stopped.
 */
public final class EmbeddedPostgresStartedEarly implements ApplicationListener<ApplicationEvent> {

    private static CompletableFuture<EmbeddedPostgres> starting;
    private static Path startingIn;
    private static boolean startingFresh;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            startFrom(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent) {
            stopIfNotTaken();
        }
    }

    /** Starts preparing the server when Waypoint runs its own (no database URL is set). */
    static synchronized void startFrom(ConfigurableEnvironment environment) {
        // the build's ahead-of-time processing reads the settings too, and needs no database
        if (starting != null || !environment.getProperty("spring.datasource.url", "").isBlank()
                || Boolean.getBoolean("spring.aot.processing")) {
            return;
        }
        String home = environment.getProperty("waypoint.data-directory");
        if (home == null || home.isBlank()) {
            return;
        }
        startingIn = Path.of(home).toAbsolutePath().normalize();
        startingFresh = environment.getProperty("waypoint.embedded-database.fresh", Boolean.class, false);
        Path in = startingIn;
        boolean fresh = startingFresh;
        starting = new CompletableFuture<>();
        CompletableFuture<EmbeddedPostgres> result = starting;
        Thread thread = new Thread(() -> {
            try {
                result.complete(EmbeddedPostgres.start(in, fresh));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "embedded-postgres");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The server prepared early for this data directory, once it is up (a failure to prepare it is thrown, as the
     * start on the spot would throw it); empty when none was started early for it. Taken once.
     */
    static synchronized Optional<EmbeddedPostgres> take(Path home, boolean fresh) {
        if (starting == null || !startingIn.equals(home.toAbsolutePath().normalize()) || startingFresh != fresh) {
            return Optional.empty();
        }
        CompletableFuture<EmbeddedPostgres> taken = starting;
        starting = null;
        try {
            return Optional.of(taken.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** Waypoint failed to start before taking the server: stop it, so no PostgreSQL is left running. */
    static synchronized void stopIfNotTaken() {
        if (starting == null) {
            return;
        }
        CompletableFuture<EmbeddedPostgres> left = starting;
        starting = null;
        try {
            left.join().close();
        } catch (CompletionException notStarted) {
            // nothing was left running
        }
    }
}
