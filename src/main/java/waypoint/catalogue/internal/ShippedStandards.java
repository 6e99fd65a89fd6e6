package waypoint.catalogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped standards (Learning mentor L3, Learning and skills mentor L4, Digital marketer L3, Software
 * developer L4, Multi-channel marketer L3) at every start, in every profile: they are reference data, not demo data.
 * Only versions not yet stored are imported, through the same importer as an upload, so an import or an administrator's
 * edit is never undone; each shipped standard's assessment plan is applied once. They load before any other start-up
 * work, which may build on them (the reference data set completes one with its funding band maximum).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShippedStandards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedStandards.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StandardImporter importer;
    private final StandardVersionStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    ShippedStandards(StandardImporter importer, StandardVersionStore store, TransactionTemplate transaction, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        StandardFileReader reader = new StandardFileReader();
        for (Resource file : files("classpath:catalogue/standards/*.json")) {
            List<ImportedStandard> missing = reader.read(text(file)).stream()
                    .filter(s -> !store.exists(s.referenceNumber(), s.version().toString())).toList();
            if (!missing.isEmpty()) {
                log.info("Catalogue: {}", importer.importStandards(missing).summary());
            }
        }
        for (Resource file : files("classpath:catalogue/assessment/*.json")) {
            applyOnce(JSON.readValue(text(file), ShippedPlanFile.class));
        }
    }

    private void applyOnce(ShippedPlanFile shipped) {
        try {
            transaction.executeWithoutResult(status -> store.find(shipped.referenceNumber(), shipped.version())
                    .filter(standard -> !standard.shippedPlanApplied())
                    .ifPresent(standard -> {
                        standard.applyShippedPlan(shipped.toPlan(), clock.instant());
                        store.update(standard);
                        log.info("Catalogue: applied the shipped assessment plan of {}", standard.label());
                    }));
        } catch (OptimisticLockingFailureException e) {
            log.info("Catalogue: another node applied the shipped plan of {} first", shipped.referenceNumber());
        }
    }

    private Resource[] files(String pattern) {
        try {
            return resources.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
