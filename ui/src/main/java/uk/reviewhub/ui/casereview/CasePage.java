package uk.reviewhub.ui.casereview;

import uk.reviewhub.ui.partnership.PartnershipClient;
import java.time.Clock;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.DecisionView;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.MilestoneView;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RapidReviewView;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.RecommendationView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.actionplan.ActionPlanClient;
import uk.reviewhub.ui.learning.CaseThemesSection;
import uk.reviewhub.ui.learning.LearningThemeClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A case: its timeline (every step with its due date, actual date and status), the child data kept
 * to the minimum, and each step's record with a form for the next steps the user's role may take.
 * The backend checks every step: its refusal (an illegal step, a stale version) is shown in the form.
 */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@Allowed(Capability.CASE_WORK)
@Prototype
public class CasePage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CASE_ID = "caseId";

    private final Clock clock;
    private final CaseClient cases;
    private final ActionPlanClient plan;
    private final PartnershipClient partnerships;
    private final LearningThemeClient themes;
    private UUID caseId;
    private String title = "Case | Review Hub";
    private List<AgencyView> agencies;

    CasePage(CaseClient cases, ActionPlanClient plan, LearningThemeClient themes, PartnershipClient partnerships, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.plan = plan;
        this.partnerships = partnerships;
        this.themes = themes;
        addClassName("rh-view");
    }

    public static RouteParameters parameters(UUID caseId) {
        return new RouteParameters(CASE_ID, caseId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get(CASE_ID).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No such case");
        }
        caseId = id;
        show(cases.get(caseId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Re-reads the case (after a change, or to pick up someone else's). */
    void reload() {
        show(cases.get(caseId));
    }

    private void saved(String what) {
        reload();
        Notification.show(what + " saved.", 4000, Notification.Position.BOTTOM_START);
    }

    private void show(CaseView view) {
        removeAll();
        title = "Case " + view.laCaseReference() + " | Review Hub";
        List<ActionView> actions = view.review() == null ? List.of() : plan.actionsOfCase(view.id());
        Paragraph stage = new Paragraph("Stage: " + Labels.of(view.stage()) + ". " + Labels.of(view.origin()) + ".");
        stage.setId("case-stage");
        add(new H1("Case " + view.laCaseReference()), stage,
                timeline(view), details(view), rapidReview(view), decision(view), review(view));
        if (view.review() != null) {
            add(milestones(view), recommendations(view), actions(view, actions));
        }
        add(new CaseThemesSection(themes, view.id(), view.themes(), view.review() != null));
    }

    private Section timeline(CaseView view) {
        List<List<?>> rows = view.timeline().stream().<List<?>>map(step -> List.of(
                step.title(),
                step.rule() == null ? "–" : step.rule(),
                step.dueProjected() ? Dates.cell(step.dueOn()) + " (projected)" : Dates.cell(step.dueOn()),
                Dates.cell(step.actualOn()),
                StatusLight.forClock(step.status(), step.statusLabel()))).toList();
        NativeTable table = Tables.of("Every step of case " + view.laCaseReference(), false,
                List.of("Step", "Time limit", "Due", "Done on", "Status"), rows);
        table.setId("timeline");
        Section section = section("Timeline", table);
        if (view.timeline().stream().anyMatch(TimelineStep::dueProjected)) {
            Paragraph projected = new Paragraph(Dates.PROJECTED_WORDS);
            projected.setId("timeline-projected");
            section.add(projected);
        }
        return section;
    }

    private Section details(CaseView view) {
        DescriptionList list = new DescriptionList();
        term(list, "Local authority case reference", view.laCaseReference());
        term(list, "Child", view.childIdentifier());
        term(list, "Nature", Labels.of(view.nature()));
        term(list, "Age band", Labels.of(view.ageBand()));
        term(list, "Sex", Labels.of(view.sex()));
        term(list, "Ethnicity", Labels.of(view.ethnicity()));
        term(list, "Looked after", Labels.yesNo(view.lookedAfter()));
        term(list, "Child protection plan", Labels.yesNo(view.cpPlan()));
        term(list, "Local authority aware", Dates.format(view.awareOn()));
        term(list, "SIN sent", Dates.format(view.notifiedOn()));
        Section section = section("Referral or notification", list);
        if (UserRoles.records()) {
            CaseDetailsFields fields = new CaseDetailsFields(agencies(), clock);
            fields.fill(view);
            section.add(new StepForm<>(view.notifiedOn() == null ? "Edit the case or record the SIN" : "Edit the case",
                    "Save the case", fields.components(), fields::valid,
                    () -> cases.update(view.id(), fields.request(view.version())), done -> saved("The case")));
        }
        return section;
    }

    private Section rapidReview(CaseView view) {
        RapidReviewView rr = view.rapidReview();
        Section section = section("Rapid review");
        if (rr == null) {
            section.add(new Paragraph(view.origin() == CaseOrigin.SIN || view.notifiedOn() != null
                    ? "No rapid review recorded yet." : "A rapid review follows a serious incident notification."));
        } else {
            DescriptionList list = new DescriptionList();
            term(list, "Meeting", Dates.format(rr.meetingOn()));
            term(list, "Agencies involved", rr.agenciesInvolved().isEmpty() ? "None recorded" : String.join(", ", rr.agenciesInvolved()));
            term(list, "Facts", orNone(rr.facts()));
            term(list, "Immediate safeguarding actions", orNone(rr.immediateActions()));
            term(list, "Learning identified", orNone(rr.learning()));
            term(list, "Recommendation", rr.recommendation() == null ? "None recorded" : Labels.of(rr.recommendation()));
            term(list, "Sent to the National Panel", Dates.format(rr.sentToPanelOn()));
            term(list, "Panel's response", Dates.format(rr.panelResponseOn()));
            term(list, "Panel's response summary", orNone(rr.panelResponseSummary()));
            section.add(list);
        }
        if (UserRoles.records() && (rr != null || view.origin() == CaseOrigin.SIN || view.notifiedOn() != null)) {
            DatePicker meetingOn = CaseForms.date("Meeting date", RapidReviewRequest.class, "meetingOn", clock);
            TextArea agenciesInvolved = CaseForms.text("Agencies involved (one a line)", 5000);
            TextArea facts = CaseForms.text("Facts", RapidReviewRequest.class, "facts");
            TextArea immediateActions = CaseForms.text("Immediate safeguarding actions", RapidReviewRequest.class, "immediateActions");
            TextArea learning = CaseForms.text("Learning identified", RapidReviewRequest.class, "learning");
            RadioButtonGroup<ReviewKind> recommendation = reviewKinds("Recommendation to the partners");
            DatePicker sentToPanelOn = CaseForms.date("Date sent to the National Panel", RapidReviewRequest.class, "sentToPanelOn", clock);
            DatePicker panelResponseOn = CaseForms.date("Date of the Panel's response", RapidReviewRequest.class, "panelResponseOn", clock);
            TextArea panelSummary = CaseForms.text("Summary of the Panel's response", RapidReviewRequest.class, "panelResponseSummary");
            if (rr != null) {
                meetingOn.setValue(rr.meetingOn());
                agenciesInvolved.setValue(CaseForms.lines(rr.agenciesInvolved()));
                facts.setValue(CaseForms.orEmpty(rr.facts()));
                immediateActions.setValue(CaseForms.orEmpty(rr.immediateActions()));
                learning.setValue(CaseForms.orEmpty(rr.learning()));
                recommendation.setValue(rr.recommendation());
                sentToPanelOn.setValue(rr.sentToPanelOn());
                panelResponseOn.setValue(rr.panelResponseOn());
                panelSummary.setValue(CaseForms.orEmpty(rr.panelResponseSummary()));
            }
            section.add(new StepForm<>(rr == null ? "Record the rapid review" : "Update the rapid review (send to the Panel, its response)",
                    "Save the rapid review",
                    List.of(meetingOn, agenciesInvolved, facts, immediateActions, learning, recommendation, sentToPanelOn,
                            panelResponseOn, panelSummary),
                    () -> true,
                    () -> cases.recordRapidReview(view.id(), new RapidReviewRequest(meetingOn.getValue(),
                            CaseForms.lines(agenciesInvolved.getValue()), CaseForms.orNull(facts.getValue()),
                            CaseForms.orNull(immediateActions.getValue()), CaseForms.orNull(learning.getValue()),
                            recommendation.getValue(), sentToPanelOn.getValue(), panelResponseOn.getValue(),
                            CaseForms.orNull(panelSummary.getValue()), rr == null ? null : rr.version()), rr == null),
                    done -> saved("The rapid review")));
        }
        return section;
    }

    private Section decision(CaseView view) {
        DecisionView decision = view.decision();
        Section section = section("Partners' decision");
        if (decision == null) {
            section.add(new Paragraph("Not decided yet."));
        } else {
            DescriptionList list = new DescriptionList();
            term(list, "Decision", Labels.of(decision.decision()));
            term(list, "Rationale", decision.rationale());
            term(list, "Decided by", decision.decidedBy());
            term(list, "Decided on", Dates.format(decision.decidedOn()));
            section.add(list);
        }
        if (UserRoles.decides()) {
            RadioButtonGroup<ReviewKind> kind = reviewKinds("Decision");
            kind.setRequiredIndicatorVisible(true);
            TextArea rationale = CaseForms.text("Rationale", DecisionRequest.class, "rationale");
            rationale.setRequiredIndicatorVisible(true);
            TextField decidedBy = CaseForms.line("Decided by", DecisionRequest.class, "decidedBy");
            decidedBy.setRequiredIndicatorVisible(true);
            decidedBy.setHelperText("For example: the three safeguarding partners");
            DatePicker decidedOn = CaseForms.date("Date of the decision", DecisionRequest.class, "decidedOn", clock);
            decidedOn.setRequiredIndicatorVisible(true);
            if (decision != null) {
                kind.setValue(decision.decision());
                rationale.setValue(decision.rationale());
                decidedBy.setValue(decision.decidedBy());
                decidedOn.setValue(decision.decidedOn());
            }
            section.add(new StepForm<>(decision == null ? "Record the decision" : "Correct the decision", "Save the decision",
                    List.of(kind, rationale, decidedBy, decidedOn),
                    () -> FormErrors.required(kind, "Choose the decision.")
                            & FormErrors.required(rationale, "Give the rationale.")
                            & FormErrors.required(decidedBy, "Say who decided.")
                            & FormErrors.required(decidedOn, "Enter the date of the decision."),
                    () -> cases.recordDecision(view.id(), new DecisionRequest(kind.getValue(), rationale.getValue().strip(),
                            decidedBy.getValue().strip(), decidedOn.getValue(), decision == null ? null : decision.version()),
                            decision == null),
                    done -> saved("The decision")));
        }
        return section;
    }

    private Section review(CaseView view) {
        CommissionedReviewView review = view.review();
        Section section = section("Commissioned review");
        if (review == null) {
            section.add(new Paragraph(view.decision() != null && view.decision().decision() == ReviewKind.NO_REVIEW
                    ? "The partners decided on no review." : "No review commissioned."));
        } else {
            DescriptionList list = new DescriptionList();
            term(list, "Type", Labels.of(review.reviewType()));
            term(list, "Agencies in scope", review.agenciesInScope().isEmpty() ? "None recorded" : String.join(", ", review.agenciesInScope()));
            term(list, "Methodology", orNone(review.methodology()));
            term(list, "Reviewer", orNone(review.reviewer()));
            term(list, "Commissioned", Dates.format(review.commissionedOn()));
            term(list, "Draft", Dates.format(review.draftOn()));
            term(list, "Partnership sign-off", Dates.format(review.signedOffOn()));
            term(list, "Planned publication", Dates.format(review.plannedPublicationOn()));
            term(list, "Published", Dates.format(review.publishedOn()));
            term(list, "Final report sent to the National Panel and the Secretary of State", Dates.format(review.sentToPanelOn()));
            section.add(list);
        }
        boolean decidedOnReview = view.decision() != null && view.decision().decision() != ReviewKind.NO_REVIEW;
        boolean allowed = review == null ? UserRoles.decides() && decidedOnReview : UserRoles.records();
        if (allowed) {
            RadioButtonGroup<ReviewKind> type = reviewKinds("Type of review");
            type.setItems(ReviewKind.LCSPR, ReviewKind.CONCISE_REVIEW, ReviewKind.MULTI_AGENCY_AUDIT, ReviewKind.CASE_OF_CONCERN);
            type.setRequiredIndicatorVisible(true);
            TextArea scope = CaseForms.text("Agencies in scope (one a line)", 5000);
            TextArea methodology = CaseForms.text("Methodology", CommissionedReviewRequest.class, "methodology");
            TextField reviewer = CaseForms.line("Reviewer", CommissionedReviewRequest.class, "reviewer");
            DatePicker commissionedOn = CaseForms.date("Date commissioned", CommissionedReviewRequest.class, "commissionedOn", clock);
            commissionedOn.setRequiredIndicatorVisible(true);
            DatePicker draftOn = CaseForms.date("Draft received", CommissionedReviewRequest.class, "draftOn", clock);
            DatePicker signedOffOn = CaseForms.date("Signed off by the partnership", CommissionedReviewRequest.class, "signedOffOn", clock);
            DatePicker plannedOn = CaseForms.date("Planned publication", CommissionedReviewRequest.class, "plannedPublicationOn", clock);
            DatePicker publishedOn = CaseForms.date("Published", CommissionedReviewRequest.class, "publishedOn", clock);
            DatePicker sentOn = CaseForms.date("Final report sent to the National Panel and the Secretary of State", CommissionedReviewRequest.class, "sentToPanelOn", clock);
            if (review != null) {
                type.setValue(review.reviewType());
                scope.setValue(CaseForms.lines(review.agenciesInScope()));
                methodology.setValue(CaseForms.orEmpty(review.methodology()));
                reviewer.setValue(CaseForms.orEmpty(review.reviewer()));
                commissionedOn.setValue(review.commissionedOn());
                draftOn.setValue(review.draftOn());
                signedOffOn.setValue(review.signedOffOn());
                plannedOn.setValue(review.plannedPublicationOn());
                publishedOn.setValue(review.publishedOn());
                sentOn.setValue(review.sentToPanelOn());
            } else {
                type.setValue(view.decision().decision());
            }
            section.add(new StepForm<>(review == null ? "Commission the review" : "Update the review (draft, sign-off, publication)",
                    review == null ? "Commission the review" : "Save the review",
                    List.of(type, scope, methodology, reviewer, commissionedOn, draftOn, signedOffOn, plannedOn, publishedOn, sentOn),
                    () -> FormErrors.required(type, "Choose the type of review.")
                            & FormErrors.required(commissionedOn, "Enter the date commissioned."),
                    () -> cases.recordReview(view.id(), new CommissionedReviewRequest(type.getValue(), CaseForms.lines(scope.getValue()),
                            CaseForms.orNull(methodology.getValue()), CaseForms.orNull(reviewer.getValue()), commissionedOn.getValue(),
                            draftOn.getValue(), signedOffOn.getValue(), plannedOn.getValue(), publishedOn.getValue(), sentOn.getValue(),
                            review == null ? null : review.version()), review == null),
                    done -> saved("The review")));
        }
        return section;
    }

    private Section milestones(CaseView view) {
        CommissionedReviewView review = view.review();
        Section section = section("Milestones");
        if (review.milestones().isEmpty()) {
            section.add(new Paragraph("No milestones recorded."));
        } else {
            boolean records = UserRoles.records();
            List<List<?>> rows = review.milestones().stream().<List<?>>map(m -> {
                List<Object> cells = new ArrayList<>(List.of(m.title(), Dates.cell(m.dueOn()),
                        m.completedOn() == null ? "Not yet" : Dates.cell(m.completedOn())));
                if (records) {
                    cells.add(milestoneForm(m));
                }
                return cells;
            }).toList();
            List<String> headers = new ArrayList<>(List.of("Milestone", "Due", "Completed"));
            if (records) {
                headers.add("Change");
            }
            NativeTable table = Tables.of("Milestones of the review", false, headers, rows);
            table.setId("milestones");
            section.add(table);
        }
        if (UserRoles.records()) {
            TextField title = CaseForms.line("Milestone", MilestoneRequest.class, "title");
            title.setRequiredIndicatorVisible(true);
            DatePicker dueOn = CaseForms.date("Due date", MilestoneRequest.class, "dueOn", clock);
            dueOn.setRequiredIndicatorVisible(true);
            DatePicker completedOn = CaseForms.date("Completed on (optional)", MilestoneRequest.class, "completedOn", clock);
            section.add(new StepForm<>("Add a milestone", "Add the milestone", List.of(title, dueOn, completedOn),
                    () -> FormErrors.required(title, "Name the milestone.") & FormErrors.required(dueOn, "Enter the due date."),
                    () -> cases.addMilestone(view.id(), new MilestoneRequest(title.getValue().strip(), dueOn.getValue(),
                            completedOn.getValue(), null)),
                    done -> saved("The milestone")));
        }
        return section;
    }

    private Section recommendations(CaseView view) {
        CommissionedReviewView review = view.review();
        Section section = section("Recommendations");
        if (review.recommendations().isEmpty()) {
            section.add(new Paragraph("No recommendations recorded."));
        } else {
            boolean decides = UserRoles.decides();
            List<List<?>> rows = review.recommendations().stream().<List<?>>map(r -> decides
                    ? List.of(r.number(), r.text(), recommendationForm(r)) : List.of(r.number(), r.text())).toList();
            NativeTable table = Tables.of("Recommendations of the review", false,
                    decides ? List.of("Number", "Recommendation", "Change") : List.of("Number", "Recommendation"), rows);
            table.setId("recommendations");
            section.add(table);
        }
        if (UserRoles.decides()) {
            IntegerField number = new IntegerField("Number");
            number.setMin(1);
            number.setValue(review.recommendations().stream().mapToInt(RecommendationView::number).max().orElse(0) + 1);
            number.setRequiredIndicatorVisible(true);
            TextArea text = CaseForms.text("Recommendation", RecommendationRequest.class, "text");
            text.setRequiredIndicatorVisible(true);
            section.add(new StepForm<>("Add a recommendation", "Add the recommendation", List.of(number, text),
                    () -> FormErrors.required(number, "Enter its number.") & FormErrors.required(text, "Enter the recommendation."),
                    () -> cases.addRecommendation(view.id(), new RecommendationRequest(number.getValue(), text.getValue().strip(), null)),
                    done -> saved("The recommendation")));
        }
        return section;
    }

    /** Where an action comes from: the review itself, or one of its recommendations. */
    private record Source(String label, RecommendationView recommendation) {
    }

    private Section actions(CaseView view, List<ActionView> actions) {
        Section section = section("Actions");
        if (actions.isEmpty()) {
            section.add(new Paragraph("No actions on the Composite Action Plan yet."));
        } else {
            boolean decides = UserRoles.decides();
            List<List<?>> rows = actions.stream().<List<?>>map(a -> {
                List<Object> cells = new ArrayList<>(List.of(
                        a.recommendationNumber() == null ? "The review" : "Recommendation " + a.recommendationNumber(),
                        a.agencyName(), a.owner(), a.description(), Dates.cell(a.dueOn()), a.progressPercent() + "%",
                        StatusLight.forRag(a.rag().name(), a.ragLabel())));
                if (decides) {
                    cells.add(actionForm(a));
                }
                return cells;
            }).toList();
            List<String> headers = new ArrayList<>(List.of("Source", "Agency", "Owner", "Action", "Due", "Progress", "Status"));
            if (decides) {
                headers.add("Change");
            }
            NativeTable table = Tables.of("Actions of this case", false, headers, rows);
            table.setId("case-actions");
            section.add(table);
        }
        section.add(new Paragraph(new Anchor("cap", "Open the Composite Action Plan")));
        if (UserRoles.decides()) {
            List<Source> sources = new ArrayList<>();
            sources.add(new Source("The review itself", null));
            view.review().recommendations().forEach(r -> sources.add(new Source("Recommendation " + r.number(), r)));
            ComboBox<Source> source = new ComboBox<>("Source");
            source.setItems(sources);
            source.setItemLabelGenerator(Source::label);
            source.setValue(sources.get(sources.size() - 1));
            source.setRequiredIndicatorVisible(true);
            ComboBox<AgencyView> agency = new ComboBox<>("Owning agency");
            agency.setItems(agencies());
            agency.setItemLabelGenerator(AgencyView::name);
            agency.setRequiredIndicatorVisible(true);
            TextField owner = CaseForms.line("Owner", ActionRequest.class, "owner");
            owner.setRequiredIndicatorVisible(true);
            TextArea description = CaseForms.text("Action", ActionRequest.class, "description");
            description.setRequiredIndicatorVisible(true);
            DatePicker dueOn = CaseForms.date("Due date", ActionRequest.class, "dueOn", clock);
            dueOn.setRequiredIndicatorVisible(true);
            section.add(new StepForm<>("Add an action", "Add the action", List.of(source, agency, owner, description, dueOn),
                    () -> FormErrors.required(source, "Choose the source.") & FormErrors.required(agency, "Choose the agency.")
                            & FormErrors.required(owner, "Name the owner.") & FormErrors.required(description, "Describe the action.")
                            & FormErrors.required(dueOn, "Enter the due date."),
                    () -> {
                        ActionRequest request = new ActionRequest(agency.getValue().id(), owner.getValue().strip(),
                                description.getValue().strip(), dueOn.getValue(), 0, null, null, null, null);
                        RecommendationView recommendation = source.getValue().recommendation();
                        return recommendation == null ? plan.addToReviewAction(view.id(), request)
                                : plan.addToRecommendationAction(recommendation.id(), request);
                    },
                    done -> saved("The action")));
        }
        return section;
    }

    /** Records a milestone's completion (or corrects it), with its title and due date, carrying the version read. */
    private StepForm<CaseView> milestoneForm(MilestoneView milestone) {
        boolean completed = milestone.completedOn() != null;
        DatePicker completedOn = CaseForms.date("Completed on", MilestoneRequest.class, "completedOn", clock);
        completedOn.setValue(completed ? milestone.completedOn() : null);
        completedOn.setRequiredIndicatorVisible(!completed);
        TextField title = CaseForms.line("Milestone", MilestoneRequest.class, "title");
        title.setRequiredIndicatorVisible(true);
        title.setValue(milestone.title());
        DatePicker dueOn = CaseForms.date("Due date", MilestoneRequest.class, "dueOn", clock);
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setValue(milestone.dueOn());
        return new StepForm<>(completed ? "Edit" : "Record completion", "Save the milestone", List.of(completedOn, title, dueOn),
                () -> (completed || FormErrors.required(completedOn, "Enter the date it was completed."))
                        & FormErrors.required(title, "Name the milestone.") & FormErrors.required(dueOn, "Enter the due date."),
                () -> cases.updateMilestone(milestone.id(), new MilestoneRequest(title.getValue().strip(), dueOn.getValue(),
                        completedOn.getValue(), milestone.version())),
                done -> saved("The milestone"))
                .named((completed ? "Edit milestone " : "Record completion of milestone ") + milestone.title());
    }

    /** Edits a recommendation's number and text, carrying the version read. */
    private StepForm<CaseView> recommendationForm(RecommendationView recommendation) {
        IntegerField number = new IntegerField("Number");
        number.setMin(1);
        number.setRequiredIndicatorVisible(true);
        number.setValue(recommendation.number());
        TextArea text = CaseForms.text("Recommendation", RecommendationRequest.class, "text");
        text.setRequiredIndicatorVisible(true);
        text.setValue(recommendation.text());
        return new StepForm<>("Edit", "Save the recommendation", List.of(number, text),
                () -> FormErrors.required(number, "Enter its number.") & FormErrors.required(text, "Enter the recommendation."),
                () -> cases.updateRecommendation(recommendation.id(),
                        new RecommendationRequest(number.getValue(), text.getValue().strip(), recommendation.version())),
                done -> saved("The recommendation"))
                .named("Edit recommendation " + recommendation.number());
    }

    /**
     * Edits an action's owning agency, owner, description and due date, carrying the version read;
     * its progress, evidence and completion are kept as read (they are reported on the Composite Action Plan).
     */
    private StepForm<ActionView> actionForm(ActionView action) {
        ComboBox<AgencyView> agency = new ComboBox<>("Owning agency");
        agency.setItems(agencies());
        agency.setItemLabelGenerator(AgencyView::name);
        agency.setRequiredIndicatorVisible(true);
        agencies().stream().filter(a -> a.id().equals(action.agencyId())).findFirst().ifPresent(agency::setValue);
        TextField owner = CaseForms.line("Owner", ActionRequest.class, "owner");
        owner.setRequiredIndicatorVisible(true);
        owner.setValue(action.owner());
        TextArea description = CaseForms.text("Action", ActionRequest.class, "description");
        description.setRequiredIndicatorVisible(true);
        description.setValue(action.description());
        DatePicker dueOn = CaseForms.date("Due date", ActionRequest.class, "dueOn", clock);
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setValue(action.dueOn());
        return new StepForm<>("Edit", "Save the action", List.of(agency, owner, description, dueOn),
                () -> FormErrors.required(agency, "Choose the agency.") & FormErrors.required(owner, "Name the owner.")
                        & FormErrors.required(description, "Describe the action.") & FormErrors.required(dueOn, "Enter the due date."),
                () -> plan.update(action.id(), new ActionRequest(agency.getValue().id(), owner.getValue().strip(),
                        description.getValue().strip(), dueOn.getValue(), action.progressPercent(), action.evidenceNotes(),
                        action.completedOn(), action.handedToMonitoringOn(), action.version())),
                done -> saved("The action"))
                .named("Edit action: " + action.description());
    }

    private List<AgencyView> agencies() {
        if (agencies == null) {
            agencies = partnerships.agencies();
        }
        return agencies;
    }

    private static RadioButtonGroup<ReviewKind> reviewKinds(String label) {
        RadioButtonGroup<ReviewKind> group = new RadioButtonGroup<>(label);
        group.setItems(ReviewKind.values());
        group.setItemLabelGenerator(Labels::of);
        return group;
    }

    private static Section section(String title, Component... body) {
        Section section = new Section(new H2(title));
        section.add(body);
        return section;
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new Term(term), new Description(description));
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "None recorded" : text;
    }
}
