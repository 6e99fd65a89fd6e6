package waypoint.portfolio.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The portfolio module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class PortfolioProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "portfolio";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("portfolio_evidence"),
                Table.all("portfolio_evidence_version"),
                Table.all("portfolio_claim"),
                Table.all("portfolio_assessment"),
                Table.all("portfolio_iqa_sample"),
                Table.all("portfolio_ksb_sign_off"),
                Table.all("portfolio_journal_entry"),
                Table.all("portfolio_document"),
                Table.all("portfolio_showcase_link"));
    }
}
