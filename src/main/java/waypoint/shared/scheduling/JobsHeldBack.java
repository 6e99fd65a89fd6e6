package waypoint.shared.scheduling;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Holds every scheduled job back while something fills the database in bulk. A job that acted on a half-filled
 * database would write rows the filler is about to write itself (the review job scheduling reviews for
 * apprenticeships whose reviews are still being copied in, say). Every scheduled job takes its lock first
 * ({@code @SchedulerLock}); while jobs are held back no lock is given, so each job skips its turn and runs at its
 * next one.
 */
@Component
public class JobsHeldBack {

    private final AtomicInteger holders = new AtomicInteger();

    /** Holds jobs back until the returned hold is closed; holds may overlap. */
    public Hold hold() {
        holders.incrementAndGet();
        return new Hold(this);
    }

    boolean holding() {
        return holders.get() > 0;
    }

    /** One hold on the jobs; closing it twice releases it once. */
    public static final class Hold implements AutoCloseable {

        private final JobsHeldBack jobs;
        private boolean closed;

        private Hold(JobsHeldBack jobs) {
            this.jobs = jobs;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                jobs.holders.decrementAndGet();
            }
        }
    }
}
