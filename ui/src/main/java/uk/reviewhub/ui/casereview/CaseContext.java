package uk.reviewhub.ui.casereview;

import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.actionplan.ActionPlanClient;
import uk.reviewhub.ui.partnership.PartnershipClient;

import java.time.Clock;
import java.util.List;

/** What the case page's sections share: the clients, the clock, the agencies (read once) and the way to tell a save. */
final class CaseContext {

    private final CasePage page;
    private final CaseClient cases;
    private final ActionPlanClient plan;
    private final PartnershipClient partnerships;
    private final Clock clock;
    private List<AgencyView> agencies;

    CaseContext(CasePage page, CaseClient cases, ActionPlanClient plan, PartnershipClient partnerships, Clock clock) {
        this.page = page;
        this.cases = cases;
        this.plan = plan;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    CaseClient cases() {
        return cases;
    }

    ActionPlanClient plan() {
        return plan;
    }

    Clock clock() {
        return clock;
    }

    List<AgencyView> agencies() {
        if (agencies == null) {
            agencies = partnerships.agencies();
        }
        return agencies;
    }

    void saved(String what, String section) {
        page.changed(new CaseChanged(page, what, section));
    }
}
