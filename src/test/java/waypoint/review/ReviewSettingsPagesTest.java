package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.review.internal.ReviewSettings;
import waypoint.review.internal.ReviewTemplate;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** Administrators adjust the review record's sections and the chasing days on a page; nobody else may. */
@WaypointTest
class ReviewSettingsPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    ReviewSettings settings;

    @Test
    void only_administrators_see_and_change_the_review_settings() {
        assertThat(PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/reviews/settings").body())
                .contains("Review settings", settings.current().template().sections().get(0).heading());
        for (DemoAccounts other : List.of(DemoAccounts.TUTOR, DemoAccounts.HEAD, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER)) {
            PageClient client = PageClient.signedInAs(port, other);
            assertThat(client.get("/reviews/settings").status()).as(other.name()).isEqualTo(403);
            PageClient.Page reviews = client.get("/reviews");
            // staff go on to review compliance; a learner and an employer stay on their reviews
            PageClient.Page form = reviews.status() == 302 ? client.follow(reviews) : reviews;
            assertThat(client.post("/reviews/settings", form, List.of(Map.entry("chaseAfterDays", "5"),
                    Map.entry("key", ""), Map.entry("heading", "Hijacked"), Map.entry("hint", ""))).status())
                    .as(other.name()).isEqualTo(403);
        }
        assertThat(settings.current().template().sections()).extracting(ReviewTemplate.Section::heading)
                .doesNotContain("Hijacked");
    }

    @Test
    void bad_input_comes_back_with_the_errors_and_what_was_typed_and_nothing_changes() {
        ReviewSettings.Settings before = settings.current();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = admin.get("/reviews/settings");

        PageClient.Page answer = admin.post("/reviews/settings", form, List.of(Map.entry("chaseAfterDays", "sixty"),
                Map.entry("key", "workCompleted"), Map.entry("heading", "Work done"), Map.entry("hint", ""),
                Map.entry("key", ""), Map.entry("heading", "x".repeat(201)), Map.entry("hint", "")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("There is a problem",
                "Days before missing signatures are chased must be from 1 to 60",
                "Enter a heading of 200 characters or fewer", "value=\"sixty\"", "value=\"Work done\"",
                "href=\"#sections-1-heading\"");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void an_administrator_renames_removes_and_adds_sections() {
        ReviewSettings.Settings before = settings.current();
        List<ReviewTemplate.Section> sections = before.template().sections();
        try {
            PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
            PageClient.Page form = admin.get("/reviews/settings");
            List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("chaseAfterDays", "5")));
            for (int i = 0; i < sections.size(); i++) {
                ReviewTemplate.Section section = sections.get(i);
                String heading = i == 0 ? "Work done since the last review" : i == 1 ? "" : section.heading();
                fields.addAll(List.of(Map.entry("key", section.key()), Map.entry("heading", heading),
                        Map.entry("hint", section.hint())));
            }
            fields.addAll(List.of(Map.entry("key", ""), Map.entry("heading", "Team feedback"),
                    Map.entry("hint", "What the apprentice's team says, in their words")));

            PageClient.Page saved = admin.post("/reviews/settings", form, fields);

            assertThat(saved.status()).isEqualTo(302);
            assertThat(admin.follow(saved).body()).contains("Review settings saved");
            ReviewSettings.Settings after = settings.current();
            assertThat(after.chaseAfterDays()).isEqualTo(5);
            assertThat(after.template().sections()).hasSize(sections.size());
            assertThat(after.template().sections().get(0))
                    .isEqualTo(new ReviewTemplate.Section(sections.get(0).key(), "Work done since the last review",
                            sections.get(0).hint()));
            assertThat(after.template().sections()).extracting(ReviewTemplate.Section::key)
                    .doesNotContain(sections.get(1).key());
            assertThat(after.template().sections().get(sections.size() - 1).heading()).isEqualTo("Team feedback");
        } finally {
            settings.change(before.chaseAfterDays(), before.template());
        }
    }
}
