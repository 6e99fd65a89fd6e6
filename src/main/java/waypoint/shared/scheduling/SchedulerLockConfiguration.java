package waypoint.shared.scheduling;

import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock for every {@code @SchedulerLock} job in the application: a job takes a row in the shedlock table
 * (Flyway V1) before it runs, so with several nodes only one runs it. Lock times come from the database's clock,
 * so nodes whose clocks drift apart still agree. While {@link JobsHeldBack} holds them, no job is given its lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLockConfiguration.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource, JobsHeldBack heldBack) {
        LockProvider database = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return configuration -> {
            if (heldBack.holding()) {
                log.info("{} skipped its turn: jobs are held back while data is loaded", configuration.getName());
                return Optional.empty();
            }
            return database.lock(configuration);
        };
    }
}
