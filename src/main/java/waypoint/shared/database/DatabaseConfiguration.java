package waypoint.shared.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.util.StringUtils;

/**
 * Waypoint's database. With no database URL configured (WAYPOINT_DB_URL or SPRING_DATASOURCE_URL), Waypoint runs its
 * own PostgreSQL with data kept under the data directory; with one, it connects to that server, configured as Spring
 * Boot's own data source would be ({@code spring.datasource.*}, {@code spring.datasource.hikari.*}).
 * <p>
 * The choice is made when Waypoint starts, not by a condition on the bean definitions, so that one build whose
 * context was prepared ahead of time (docs/operations.md, "Starting faster") runs with either.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** One server per JVM: test contexts that differ share it, and the last one closed stops it. */
    private static EmbeddedPostgres server;
    private static int users;

    /** Waypoint's own PostgreSQL, or none (a handle without a server) when a database URL is configured. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresHandle embeddedPostgres(@Value("${spring.datasource.url:}") String url,
            @Value("${waypoint.data-directory}") Path home,
            @Value("${waypoint.embedded-database.fresh:false}") boolean fresh,
            @Value("${spring.datasource.password:}") String password,
            @Value("${waypoint.embedded-database.require-password:false}") boolean production) {
        if (!url.isBlank()) {
            return new EmbeddedPostgresHandle(null);
        }
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
    DataSource dataSource(EmbeddedPostgresHandle handle, DataSourceProperties properties, Environment environment) {
        return handle.server() == null ? server(properties, environment) : embedded(handle.server(), properties);
    }

    /** Waypoint keeps its data in PostgreSQL only, so its dialect is known without asking the database. */
    @Bean
    JdbcDialect jdbcDialect() {
        return JdbcPostgresDialect.INSTANCE;
    }

    private static HikariDataSource embedded(EmbeddedPostgres server, DataSourceProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.username());
        if (StringUtils.hasText(properties.getPassword())) {
            config.setPassword(properties.getPassword());
        }
        config.setMaximumPoolSize(10);
        // A request that cannot get a connection within 10 s is answered "busy, try again" (503) rather than left
        // waiting Hikari's default 30 s: see ServiceBusy.
        config.setConnectionTimeout(10_000);
        config.setPoolName("waypoint-embedded");
        return new HikariDataSource(config);
    }

    /** The server at the configured URL, through a pool set up as Spring Boot sets up its own. */
    private static HikariDataSource server(DataSourceProperties properties, Environment environment) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        if (StringUtils.hasText(properties.getName())) {
            pool.setPoolName(properties.getName());
        }
        return pool;
    }

    /** Closed by Spring after the data source that depends on it, so the pool never outlives the server. */
    record EmbeddedPostgresHandle(EmbeddedPostgres server) {

        public void close() {
            if (server == null) {
                return;
            }
            synchronized (DatabaseConfiguration.class) {
                if (--users == 0) {
                    server.close();
                    DatabaseConfiguration.server = null;
                }
            }
        }
    }
}
