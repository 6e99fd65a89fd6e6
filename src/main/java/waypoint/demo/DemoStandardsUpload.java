package waypoint.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import waypoint.catalogue.CatalogueImport;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/**
 * An upload of a standards file by the demo administrator, through the real import (docs/domain/standards-data.md), so
 * “Import standards” lists one: the standards files shipped with Waypoint, in Skills England's shape, as one file.
 * Nothing in it is invented: it changes no figure, and Software developer (ST0116), whose published copies give no
 * funding band, stays without one: its page warns that the band is unknown until an administrator records it.
 */
@Component
class DemoStandardsUpload {

    private static final Logger log = LoggerFactory.getLogger(DemoStandardsUpload.class);

    private final CatalogueImport catalogue;
    private final UserAccounts accounts;

    DemoStandardsUpload(CatalogueImport catalogue, UserAccounts accounts) {
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    void load() {
        try {
            var summary = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
            CurrentUser admin = new CurrentUser(summary.id(), summary.email(), summary.displayName(),
                    summary.roles());
            catalogue.uploadUnlessListed(admin, file()).ifPresent(counts -> log.info(
                    "Demo data: uploaded the standards file: {}", counts));
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: the standards file was not uploaded: {}", refused.getMessage());
        }
    }

    /** The shipped standards files as one file: a list of standards, as Skills England's API gives them. */
    static String file() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:catalogue/standards/*.json");
            List<String> standards = new ArrayList<>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                standards.add(file.getContentAsString(StandardCharsets.UTF_8).strip());
            }
            return "[" + String.join(",\n", standards) + "]";
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
