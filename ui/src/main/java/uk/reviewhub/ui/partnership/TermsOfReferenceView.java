package uk.reviewhub.ui.partnership;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Cadence;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Deadline;
import uk.reviewhub.api.partnership.TermsOfReferenceView.PerformanceMeasure;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Quorum;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.RoleNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review group's terms of reference as loaded from the partnership's pack: purpose, functions,
 * reporting line, meetings, quorum, deadlines, performance measures and review dates.
 */
@Route(value = "terms-of-reference", layout = MainLayout.class)
@PageTitle("Terms of reference | Review Hub")
@Menu(title = "Terms of reference", order = 3)
@Prototype
public class TermsOfReferenceView extends Main implements BeforeEnterObserver {

    private final PartnershipClient partnerships;
    private final GroupChooser chooser;
    private final Div content = new Div();

    TermsOfReferenceView(PartnershipClient partnerships) {
        this.partnerships = partnerships;
        this.chooser = new GroupChooser(group -> UI.getCurrent().navigate(TermsOfReferenceView.class, GroupChooser.queryFor(group)));
        addClassName("rh-view");
        add(new H1("Terms of reference"), chooser, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Optional<ReviewGroupSummary> group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters());
        if (group.isEmpty()) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        show(partnerships.termsOfReference(group.get().id()));
    }

    private void show(uk.reviewhub.api.partnership.TermsOfReferenceView terms) {
        content.add(new H2(GroupChooser.label(terms.group())));
        content.add(new Paragraph("Version " + terms.version() + "."));

        content.add(section("Purpose", new Paragraph(terms.purpose())));

        OrderedList functions = new OrderedList();
        terms.functions().forEach(function -> functions.add(new ListItem(function)));
        content.add(section("Functions", terms.functions().isEmpty() ? new Paragraph("None recorded.") : functions));

        content.add(section("Reporting line", new Paragraph(orNotRecorded(terms.reportingLine()))));
        content.add(section("Meetings", meetings(terms.cadence())));
        content.add(section("Quorum", quorum(terms.quorum())));
        content.add(section("Deadlines", deadlines(terms.deadlines())));
        content.add(section("Performance measures", measures(terms.performanceMeasures())));

        DescriptionList review = new DescriptionList();
        review.add(new Term("Last reviewed"), new Description(Dates.format(terms.lastReviewedOn())));
        review.add(new Term("Due for review"), new Description(Dates.format(terms.reviewDueOn())));
        content.add(section("Review dates", review));
    }

    private static Component meetings(Cadence cadence) {
        if (cadence == null) {
            return new Paragraph("No meeting pattern recorded.");
        }
        DescriptionList list = new DescriptionList();
        list.add(new Term("How often"), new Description(cadence.description()));
        if (cadence.durationMinutes() != null) {
            list.add(new Term("Length"), new Description(cadence.durationMinutes() + " minutes"));
        }
        if (cadence.minimumMeetingsPerYear() != null) {
            list.add(new Term("Minimum meetings a year"), new Description(String.valueOf(cadence.minimumMeetingsPerYear())));
        }
        if (cadence.notes() != null && !cadence.notes().isBlank()) {
            list.add(new Term("Notes"), new Description(cadence.notes()));
        }
        return list;
    }

    private static Component quorum(Quorum quorum) {
        if (quorum == null) {
            return new Paragraph("No quorum rule recorded.");
        }
        Div body = new Div(new Paragraph(quorum.description()));
        List<String> rules = new ArrayList<>();
        if (quorum.minimumDistinctAgencies() != null) {
            rules.add("Members from at least " + quorum.minimumDistinctAgencies() + " different agencies are present.");
        }
        if (!quorum.requiredAgencyKinds().isEmpty()) {
            rules.add("These agencies are represented: " + RoleNames.readable(quorum.requiredAgencyKinds()) + ".");
        }
        if (!quorum.requiredAnyOfRoles().isEmpty()) {
            rules.add("At least one of these is present: " + RoleNames.readable(quorum.requiredAnyOfRoles()) + ".");
        }
        rules.add(quorum.deputiesWithDelegatedAuthorityCount()
                ? "Deputies with delegated authority count towards the quorum."
                : "Deputies do not count towards the quorum.");
        UnorderedList list = new UnorderedList();
        rules.forEach(rule -> list.add(new ListItem(rule)));
        body.add(list);
        return body;
    }

    private static Component deadlines(List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return new Paragraph("No deadlines recorded.");
        }
        UnorderedList list = new UnorderedList();
        deadlines.forEach(deadline -> list.add(new ListItem(deadline.label() + ": " + deadline.workingDays()
                + (deadline.workingDays() == 1 ? " working day " : " working days ")
                + ("AFTER".equalsIgnoreCase(deadline.direction()) ? "after" : "before") + " the meeting")));
        return list;
    }

    private static Component measures(List<PerformanceMeasure> measures) {
        if (measures.isEmpty()) {
            return new Paragraph("No performance measures recorded.");
        }
        UnorderedList list = new UnorderedList();
        measures.forEach(measure -> list.add(new ListItem(measure.targetPercent() == null
                ? measure.label()
                : measure.label() + " (target " + measure.targetPercent() + "%)")));
        return list;
    }

    private static String orNotRecorded(String text) {
        return text == null || text.isBlank() ? "Not recorded." : text;
    }

    private static Section section(String title, Component body) {
        return new Section(new H2(title), body);
    }
}
