package waypoint.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import waypoint.catalogue.internal.ImportRunStore.ImportRun;
import waypoint.catalogue.internal.StandardFigureStore.Source;
import waypoint.identity.CurrentUser;

/**
 * Fetches the standards from Skills England's public standards API when an address is configured
 * ({@code WAYPOINT_STANDARDS_URL}, or the setting {@code waypoint.standards.url}), each night and when an
 * administrator asks, and imports them as an upload would (docs/domain/standards-data.md, "Fetching"). Each fetch is
 * kept with what it changed; a fetch that fails (the address does not answer, answers with an error, or gives a file
 * with any problem) is kept with the reason, and nothing of it is applied.
 */
@Service
public class StandardsFetch {

    private static final Logger log = LoggerFactory.getLogger(StandardsFetch.class);
    /** The whole list of standards with their KSBs is tens of megabytes; more than this is not a standards file. */
    static final long MOST_BYTES = 200L * 1024 * 1024;
    static final String NIGHTLY = "The nightly fetch";

    private final StandardImporter importer;
    private final ImportRunStore runs;
    private final CataloguePolicy policy;
    private final Clock clock;
    private final Optional<URI> configured;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    StandardsFetch(StandardImporter importer, ImportRunStore runs, CataloguePolicy policy, Clock clock,
            @Value("${WAYPOINT_STANDARDS_URL:${waypoint.standards.url:}}") String address) {
        this.importer = importer;
        this.runs = runs;
        this.policy = policy;
        this.clock = clock;
        this.configured = address == null || address.isBlank() ? Optional.empty() : Optional.of(URI.create(address.strip()));
    }

    /** The configured address of the standards API, if any. */
    public Optional<URI> address() {
        return configured;
    }

    @Scheduled(cron = "0 20 4 * * *", zone = "Europe/London")
    @SchedulerLock(name = "standards-fetch", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        configured.ifPresent(address -> fetchFrom(address, NIGHTLY));
    }

    /** An administrator fetches now from the configured address. */
    public ImportRun fetchNow(CurrentUser user) {
        policy.requireChange(user);
        URI address = configured.orElseThrow(() -> new CatalogueRuleException(java.util.Map.of("address",
                "No address of the standards API is configured: set WAYPOINT_STANDARDS_URL")));
        return fetchFrom(address, user.displayName());
    }

    /** Fetches the file at the address and imports it whole, or nothing; the run is kept either way. */
    public ImportRun fetchFrom(URI address, String startedBy) {
        String by = startedBy + " (" + StandardImporter.fetchedBy(address) + ")";
        ImportRun run;
        try {
            ImportReport report = importer.importFetched(download(address), address);
            run = new ImportRun(UUID.randomUUID(), Source.FETCH, by, address.toString(), clock.instant(), true,
                    report.counts(), report.details());
        } catch (StandardFileRejectedException rejected) {
            run = failed(address, by, "The file was refused, so nothing was imported: it has "
                    + rejected.problems().size() + (rejected.problems().size() == 1 ? " problem" : " problems"),
                    rejected.problems().stream().map(ImportProblem::message).limit(100).toList());
        } catch (FetchFailedException e) {
            run = failed(address, by, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            log.warn("Standards fetch from {} failed while importing", address, e);
            run = failed(address, by, "The import of the fetched file failed and was undone, so nothing was imported",
                    List.of());
        }
        runs.record(run);
        log.info("Standards fetch from {}: {}", address, run.summary());
        return run;
    }

    private ImportRun failed(URI address, String by, String summary, List<String> details) {
        return new ImportRun(UUID.randomUUID(), Source.FETCH, by, address.toString(), clock.instant(), false,
                summary, details);
    }

    private String download(URI address) {
        if (!"https".equalsIgnoreCase(address.getScheme()) && !"http".equalsIgnoreCase(address.getScheme())) {
            throw new FetchFailedException("The address of the standards API must start with https://, so nothing"
                    + " was fetched");
        }
        HttpRequest request = HttpRequest.newBuilder(address).timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FetchFailedException("The standards API answered " + response.statusCode()
                            + " instead of the file, so nothing was imported");
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MOST_BYTES + 1));
                if (bytes.length > MOST_BYTES) {
                    throw new FetchFailedException("The standards API sent more than " + (MOST_BYTES / 1024 / 1024)
                            + " MB, which is not a standards file, so nothing was imported");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new FetchFailedException("The standards API could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "), so nothing was imported");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("The fetch was interrupted, so nothing was imported");
        }
    }

    /** Why a fetch got no file to import. */
    static final class FetchFailedException extends RuntimeException {
        FetchFailedException(String message) {
            super(message);
        }
    }
}
