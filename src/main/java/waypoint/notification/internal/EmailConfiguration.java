package waypoint.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import waypoint.shared.operations.Metrics;

/** SMTP when spring.mail.host (WAYPOINT_SMTP_HOST) is set; otherwise emails are captured, not sent. */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    @Bean
    EmailDelivery emailDelivery(EmailMessages messages, ObjectProvider<JavaMailSender> mailSender,
            @Value("${spring.mail.host:}") String host, @Value("${waypoint.mail-from}") String from, Metrics metrics) {
        return new EmailDelivery(messages, host.isBlank() ? null : mailSender.getObject(), from, metrics);
    }
}
