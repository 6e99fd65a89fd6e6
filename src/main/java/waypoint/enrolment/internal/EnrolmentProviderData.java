package waypoint.enrolment.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The enrolment module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class EnrolmentProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "enrolment";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("apprenticeship"),
                Table.all("apprenticeship_staff"),
                Table.all("apprenticeship_status_change"),
                Table.all("onboarding_task"),
                Table.all("english_maths_result"),
                Table.all("english_maths_exemption"),
                Table.all("skills_scan_rating"),
                Table.all("prior_learning"),
                Table.all("training_plan_version"),
                Table.all("onboarding_signature"),
                Table.all("apprenticeship_price"),
                Table.all("employer_payment_instalment"),
                Table.all("apprenticeship_employment_status"),
                Table.all("unit_assessment"),
                Table.all("english_maths_aim"));
    }
}
