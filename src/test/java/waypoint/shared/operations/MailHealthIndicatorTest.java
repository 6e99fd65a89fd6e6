package waypoint.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Readiness and mail: up without a mail server (emails wait in the local outbox), down when the set one is silent. */
class MailHealthIndicatorTest {

    @Test
    void without_a_mail_server_mail_is_up_because_emails_are_kept_in_the_local_outbox() {
        MailHealthIndicator mail = new MailHealthIndicator("", senders(new JavaMailSenderImpl()));

        assertThat(mail.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_mail_server_that_does_not_answer_is_down_with_the_reason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(closed);
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "3000");
        smtp.setJavaMailProperties(timeouts);

        MailHealthIndicator mail = new MailHealthIndicator("127.0.0.1", senders(smtp));

        assertThat(mail.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(mail.health().getDetails().get("error").toString()).startsWith("the mail server does not answer");
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> senders(JavaMailSender sender) {
        return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
    }
}
