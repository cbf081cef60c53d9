package uk.reviewhub.dashboard;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.actionplan.domain.CapFilter;
import uk.reviewhub.actionplan.domain.CompositeActionPlan;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.casereview.DashboardApi;
import uk.reviewhub.api.casereview.DashboardView;
import uk.reviewhub.api.casereview.DueItem;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.casereview.domain.CaseFile;
import uk.reviewhub.casereview.domain.CaseReviews;
import uk.reviewhub.casereview.domain.CaseStep;
import uk.reviewhub.casereview.domain.CaseTimeline;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.clock.ClockStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The review group's dashboard, over cases and the action plan. Case roles only; audited as one read. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dashboard")
class DashboardController implements DashboardApi {

    private final CaseReviews cases;
    private final CompositeActionPlan plan;
    private final AuditLog audit;
    private final SecurityService security;

    DashboardController(CaseReviews cases, CompositeActionPlan plan, AuditLog audit, SecurityService security) {
        this.cases = cases;
        this.plan = plan;
        this.audit = audit;
        this.security = security;
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Due this week, overdue, open rapid reviews, open reviews, red actions")
    @Transactional
    public DashboardView dashboard() {
        Authentication authentication = security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."));
        LocalDate today = cases.today();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        List<DueItem> dueThisWeek = new ArrayList<>();
        List<DueItem> overdue = new ArrayList<>();
        int openRapidReviews = 0;
        int openReviews = 0;
        for (CaseReviews.CaseTimelines entry : cases.openTimelines()) {
            CaseFile file = entry.file();
            for (CaseStep step : entry.steps()) {
                if (step.dueOn() == null || !CaseTimeline.isOpen(step.status())) {
                    continue;
                }
                DueItem item = new DueItem(file.id(), file.details().laCaseReference(), step.title(), step.dueOn(), step.status(),
                        step.statusLabel());
                if (step.status().equals(ClockStatus.OVERDUE.name())) {
                    overdue.add(item);
                } else if (!step.dueOn().isBefore(monday) && !step.dueOn().isAfter(sunday)) {
                    dueThisWeek.add(item);
                }
            }
            if (file.isSin() && file.decision() == null && (file.rapidReview() == null || file.rapidReview().sentToPanelOn() == null)) {
                openRapidReviews++;
            }
            if (file.review() != null && file.review().publishedOn() == null) {
                openReviews++;
            }
        }
        dueThisWeek.sort(Comparator.comparing(DueItem::dueOn));
        overdue.sort(Comparator.comparing(DueItem::dueOn));
        long red = plan.count(new CapFilter(null, Rag.RED, null, null));
        audit.record(CurrentUser.of(authentication).userId(), AuditLog.READ, "dashboard", null);
        return new DashboardView(dueThisWeek, overdue, openRapidReviews, openReviews, Math.toIntExact(red));
    }
}
