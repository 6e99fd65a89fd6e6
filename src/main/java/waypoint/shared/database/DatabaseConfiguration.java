package waypoint.shared.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database URL configured (WAYPOINT_DB_URL or SPRING_DATASOURCE_URL), Waypoint runs its own PostgreSQL
 * with data kept under the data directory; with one, Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfiguration {

    /** One server per JVM: test contexts that differ share it, and the last one closed stops it. */
    private static EmbeddedPostgres server;
    private static int users;

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHandle embeddedPostgres(@Value("${waypoint.data-directory}") Path home,
            @Value("${waypoint.embedded-database.fresh:false}") boolean fresh,
            @Value("${spring.datasource.password:}") String password,
            @Value("${waypoint.embedded-database.require-password:false}") boolean production) {
        String required = EmbeddedDatabasePassword.check(password, production);
        synchronized (DatabaseConfiguration.class) {
            if (server == null) {
                server = EmbeddedPostgresStartedEarly.take(home, fresh)
                        .orElseGet(() -> EmbeddedPostgres.start(home, fresh));
                if (required != null) {
                    server.requirePassword(required);
                }
            }
            users++;
            return new EmbeddedPostgresHandle(server);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresHandle handle, @Value("${spring.datasource.password:}") String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(handle.server().jdbcUrl());
        config.setUsername(handle.server().username());
        if (!password.isBlank()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(10);
        // A request that cannot get a connection within 10 s is answered "busy, try again" (503) rather than left
        // waiting Hikari's default 30 s: see ServiceBusy.
        config.setConnectionTimeout(10_000);
        config.setPoolName("waypoint-embedded");
        return new HikariDataSource(config);
    }

    /** Closed by Spring after the data source that depends on it, so the pool never outlives the server. */
    record EmbeddedPostgresHandle(EmbeddedPostgres server) {

        public void close() {
            synchronized (DatabaseConfiguration.class) {
                if (--users == 0) {
                    server.close();
                    DatabaseConfiguration.server = null;
                }
            }
        }
    }
}
