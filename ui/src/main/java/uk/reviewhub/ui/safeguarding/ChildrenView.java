package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.conference.ChildRequest;
import uk.reviewhub.api.conference.ChildView;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The children of the safeguarding service the signed-in person may see (a chair: those allocated to
 * them), found by the local authority's case-system reference, each with the chair allocated and the
 * clock due first; the manager and business support add a child, with the minimum the service keeps
 * (reference, initials, date or expected date of birth, borough: never a name or address).
 */
@Route(value = "safeguarding/children", layout = MainLayout.class)
@PageTitle("Children | Review Hub")
@Menu(title = "Children (conferences and reviews)", order = 27)
@Allowed(Capability.SAFEGUARDING)
@Prototype
public class ChildrenView extends Main implements BeforeEnterObserver {

    private final Clock clock;

    private final SafeguardingClient client;
    private final TextField search = new TextField("Search by case reference");
    private final Div list = new Div();
    private final Div addForm = new Div();
    private final FormFeedback message = new FormFeedback("child-message");
    private List<ChildView> children = List.of();

    ChildrenView(SafeguardingClient client, Clock clock) {
        this.clock = clock;
        this.client = client;
        addClassName("rh-view");
        search.setId("child-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setHelperText("The Liquidlogic or Mosaic number, or part of it");
        search.addValueChangeListener(event -> showList());
        Div controls = new Div(search);
        controls.addClassName("rh-filters");
        add(new H1("Children"), controls, list, addForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        children = client.children();
        showList();
        addForm.removeAll();
        if (Capability.SAFEGUARDING_RECORD_CHILDREN.granted()) {
            addForm.add(addForm());
        }
    }

    /** The children whose reference contains the search text (ignoring case and spaces). */
    static List<ChildView> matching(List<ChildView> children, String search) {
        String wanted = search == null ? "" : search.replaceAll("\\s", "").toUpperCase(Locale.UK);
        return children.stream().filter(child -> child.caseReference().replaceAll("\\s", "").toUpperCase(Locale.UK).contains(wanted))
                .toList();
    }

    private void showList() {
        list.removeAll();
        List<ChildView> shown = matching(children, search.getValue());
        Paragraph count = new Paragraph(shown.size() == children.size()
                ? children.size() + (children.size() == 1 ? " child." : " children.")
                : shown.size() + " of " + children.size() + " children match \u201c" + search.getValue().strip() + "\u201d.");
        count.setId("children-count");
        count.getElement().setAttribute("role", "status");
        list.add(count);
        if (children.isEmpty()) {
            list.add(new Paragraph(Capability.SAFEGUARDING_RECORD_CHILDREN.granted()
                    ? "No children recorded yet." : "No children are allocated to you yet."));
            return;
        }
        if (shown.isEmpty()) {
            return;
        }
        List<List<?>> rows = shown.stream().<List<?>>map(child -> {
            List<Object> cells = new ArrayList<>();
            cells.add(new RouterLink(child.caseReference(), ChildPage.class, child.id().toString()));
            cells.add(child.initials());
            cells.add(child.bornOn() != null ? Dates.cell(child.bornOn()) : "Expected " + Dates.cell(child.expectedOn()));
            cells.add(child.borough());
            cells.add(SafeguardingParts.name(child.chair()));
            if (child.nextDue() == null) {
                cells.add("Nothing open");
            } else {
                Div next = new Div(new Paragraph(child.nextDue().title() + ", due " + Dates.cell(child.nextDue().dueOn())),
                        SafeguardingParts.status(child.nextDue()));
                cells.add(next);
            }
            return cells;
        }).toList();
        NativeTable table = Tables.of("Children of the service", false,
                List.of("Case reference", "Initials", "Born", "Borough", "Chair", "Next due"), rows);
        table.setId("children");
        list.add(table);
    }

    private Section addForm() {
        message.forgetFields();
        TextField reference = message.field("caseReference",
                ContractLimits.limit(new TextField("Case-system reference (Liquidlogic or Mosaic number)"), ChildRequest.class, "caseReference"));
        reference.setRequiredIndicatorVisible(true);
        TextField initials = message.field("initials", ContractLimits.limit(new TextField("Initials"), ChildRequest.class, "initials"));
        initials.setRequiredIndicatorVisible(true);
        DatePicker bornOn = message.field("bornOn", SafeguardingParts.date("Date of birth", ChildRequest.class, "bornOn", clock));
        DatePicker expectedOn = message.field("expectedOn", SafeguardingParts.date("Expected date of birth (an unborn child)", ChildRequest.class, "expectedOn", clock));
        TextField borough = message.field("borough", ContractLimits.limit(new TextField("Borough"), ChildRequest.class, "borough"));
        borough.setRequiredIndicatorVisible(true);
        Select<ChildView> sibling = message.field("siblingOf", new Select<>());
        sibling.setLabel("Sibling of (siblings share a chair)");
        sibling.setEmptySelectionAllowed(true);
        sibling.setEmptySelectionCaption("None");
        sibling.setItems(children);
        sibling.setItemLabelGenerator(child -> child == null ? "None" : SafeguardingParts.child(child.caseReference(), child.initials()));
        Button add = new Button("Add the child", click -> {
            ChildView[] created = new ChildView[1];
            if (message.attempt(() -> created[0] = client.createChild(new ChildRequest(reference.getValue().strip(),
                    initials.getValue().strip(), bornOn.getValue(), expectedOn.getValue(), borough.getValue().strip(),
                    sibling.getValue() == null ? null : sibling.getValue().id(), null)))) {
                UI.getCurrent().navigate(ChildPage.class, created[0].id().toString());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return SafeguardingParts.section("add-child", "Add a child",
                new Paragraph("Only what a record of decisions needs: no name, address or narrative."),
                SafeguardingParts.form("The child", reference, initials, bornOn, expectedOn, borough, sibling, add, message));
    }
}
