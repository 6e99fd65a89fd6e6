package waypoint.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Gives the application's data source (Waypoint's own PostgreSQL's, or the one at {@code WAYPOINT_DB_URL}) the reports'
 * connections of their own: {@link ReportConnections}.
 */
@Component
class ReportConnectionsConfiguration implements BeanPostProcessor, EnvironmentAware {

    private int parallelWorkers;

    @Override
    public void setEnvironment(Environment environment) {
        int setting = environment.getProperty("waypoint.reports.parallel-workers", Integer.class, 0);
        if (setting < 0) {
            throw new IllegalArgumentException("waypoint.reports.parallel-workers must be 0 or more, not " + setting);
        }
        this.parallelWorkers = setting;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if ("dataSource".equals(beanName) && bean instanceof HikariDataSource pool) {
            return new ReportConnections(pool, parallelWorkers);
        }
        return bean;
    }
}
