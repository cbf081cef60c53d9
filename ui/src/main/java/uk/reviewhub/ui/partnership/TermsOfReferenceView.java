package uk.reviewhub.ui.partnership;

import com.vaadin.flow.component.Component;
import java.time.Clock;
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
import com.vaadin.flow.component.button.Button;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Cadence;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Deadline;
import uk.reviewhub.api.partnership.TermsOfReferenceView.PerformanceMeasure;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Quorum;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review group's terms of reference as loaded from the partnership's pack (or since edited):
 * purpose, functions, reporting line, meetings, quorum, deadlines, performance measures, review
 * dates with the review reminder in words, and the version history. Partnership admins edit them
 * into a new version; everyone else reads.
 */
@Route(value = "terms-of-reference", layout = MainLayout.class)
@PageTitle("Terms of reference | Review Hub")
@Menu(title = "Terms of reference", order = 3)
@Prototype
public class TermsOfReferenceView extends Main implements BeforeEnterObserver {

    private final PartnershipClient partnerships;
    private final Clock clock;
    private final GroupChooser chooser;
    private final Div content = new Div();
    private final Div editor = new Div();
    private final Paragraph message = new Paragraph();

    TermsOfReferenceView(PartnershipClient partnerships, Clock clock) {
        this.clock = clock;
        this.partnerships = partnerships;
        this.chooser = new GroupChooser(group -> UI.getCurrent().navigate(TermsOfReferenceView.class, GroupChooser.queryFor(group)));
        addClassName("rh-view");
        message.setId("terms-of-reference-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        add(new H1("Terms of reference"), chooser, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Optional<ReviewGroupSummary> group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters());
        if (group.isEmpty()) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        show(group.get());
    }

    private void show(ReviewGroupSummary group) {
        content.removeAll();
        editor.removeAll();
        List<TermsOfReferenceState> versions = partnerships.termsOfReferenceVersions(group.id());
        uk.reviewhub.api.partnership.TermsOfReferenceView terms = versions.isEmpty()
                ? partnerships.termsOfReference(group.id()) : versions.getFirst().termsOfReference();
        content.add(new H2(GroupChooser.label(terms.group())));
        content.add(new Paragraph("Version " + terms.version() + "."));
        if (!versions.isEmpty()) {
            content.add(reviewReminder(versions.getFirst()));
            if (versions.getFirst().packChangeNotApplied() != null) {
                Paragraph notApplied = new Paragraph(versions.getFirst().packChangeNotApplied());
                notApplied.setId("pack-change-not-applied");
                content.add(notApplied);
            }
        }
        if (UserRoles.administers()) {
            Button edit = new Button("Edit the terms of reference", event -> {
                editor.removeAll();
                editor.add(new TermsOfReferenceForm(terms, agencyKinds(), clock,
                        update -> partnerships.updateTermsOfReference(group.id(), update),
                        saved -> {
                            show(group);
                            saved(saved);
                        }));
                event.getSource().setVisible(false);
            });
            edit.setId("terms-of-reference-edit");
            content.add(edit, editor);
        }

        content.add(section("Purpose", new Paragraph(terms.purpose())));

        OrderedList functions = new OrderedList();
        terms.functions().forEach(function -> functions.add(new ListItem(function)));
        content.add(section("Functions", terms.functions().isEmpty() ? new Paragraph("None recorded.") : functions));

        content.add(section("Reporting line", new Paragraph(orNotRecorded(terms.reportingLine()))));
        content.add(section("Meetings", meetings(terms.cadence())));
        content.add(section("Quorum", quorum(terms.quorum())));
        content.add(section("Deadlines", deadlines(terms.deadlines())));
        content.add(section("Performance measures", measures(terms.performanceMeasures())));
        UnorderedList links = new UnorderedList();
        terms.links().forEach(link -> links.add(new ListItem(link)));
        content.add(section("Links", terms.links().isEmpty() ? new Paragraph("None recorded.") : links));

        DescriptionList review = new DescriptionList();
        review.add(new Term("Last reviewed"), new Description(Dates.format(terms.lastReviewedOn())));
        review.add(new Term("Due for review"), new Description(Dates.format(terms.reviewDueOn())));
        content.add(section("Review dates", review));
        content.add(section("Version history", history(versions)));
    }

    private void saved(TermsOfReferenceState saved) {
        message.setText("Saved as version " + saved.termsOfReference().version() + ".");
        message.setVisible(true);
    }

    private List<String> agencyKinds() {
        return partnerships.agencies().stream().map(a -> a.kind().name()).distinct().sorted().toList();
    }

    /** The review reminder in words, with a marker whose shape also differs (never colour alone). */
    static StatusLight reviewReminder(TermsOfReferenceState state) {
        StatusLight light = switch (state.reviewReminder()) {
            case "PASSED" -> new StatusLight(StatusLight.Tone.RED, "Review overdue: " + state.reviewReminderText());
            case "APPROACHING" -> new StatusLight(StatusLight.Tone.AMBER, "Review approaching: " + state.reviewReminderText());
            case "NOT_DUE" -> new StatusLight(StatusLight.Tone.GREEN, "Review not yet due: " + state.reviewReminderText());
            default -> new StatusLight(StatusLight.Tone.GREY, state.reviewReminderText());
        };
        light.setId("terms-of-reference-review");
        return light;
    }

    private static Component history(List<TermsOfReferenceState> versions) {
        if (versions.isEmpty()) {
            return new Paragraph("No versions recorded.");
        }
        UnorderedList list = new UnorderedList();
        list.setId("terms-of-reference-versions");
        for (TermsOfReferenceState version : versions) {
            String when = version.createdAt() == null ? "" : ", made " + Dates.WHEN.format(version.createdAt());
            String by = "ADMIN".equals(version.source()) ? ", edited by an admin" : "PACK".equals(version.source()) ? ", from the pack" : "";
            list.add(new ListItem("Version " + version.termsOfReference().version() + when + by
                    + (version == versions.getFirst() ? " (current)" : "")));
        }
        return list;
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
