package uk.reviewhub.ui.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.platform.DeletionRequest;
import uk.reviewhub.api.platform.PlatformApi;
import uk.reviewhub.api.platform.PlatformEventView;
import uk.reviewhub.api.platform.PlatformPartnershipView;
import uk.reviewhub.api.platform.ReasonRequest;
import uk.reviewhub.api.vocabulary.PartnershipStatus;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The platform console for platform admins: every partnership with its status and counts (never a
 * case), and, for the one chosen, suspending and reactivating it, downloading its data, and
 * offboarding it (cancellable during the grace period, deletable only after it). Every action
 * needs a reason, which the platform's record keeps with it.
 */
@Route(value = "platform/partnerships", layout = MainLayout.class)
@PageTitle("Partnerships | Platform | Review Hub")
@Menu(title = "Platform: partnerships", order = 50)
@Allowed(Capability.PLATFORM)
@Prototype
public class PlatformPartnershipsView extends Main {


    private final PlatformClient client;
    private final Div overview = new Div();
    private final Select<PlatformPartnershipView> chosen = new Select<>();
    private final Paragraph standing = new Paragraph();
    private final TextArea reason = new TextArea("Reason");
    private final TextField confirmSlug = new TextField("Type the partnership's code to confirm the deletion");
    private final FormFeedback message = new FormFeedback("platform-message");
    private final Button suspend = new Button("Suspend");
    private final Button reactivate = new Button("Reactivate");
    private final Button offboard = new Button("Start offboarding");
    private final Button cancel = new Button("Cancel the offboarding");
    private final Button delete = new Button("Delete its data now");
    private final Anchor download;
    private final Div events = new Div();

    PlatformPartnershipsView(PlatformClient client) {
        this.client = client;
        addClassName("rh-view");
        chosen.setLabel("Partnership");
        chosen.setId("platform-partnership");
        chosen.setItemLabelGenerator(p -> p.name() + " (" + p.slug() + ")");
        chosen.addValueChangeListener(event -> showActions());
        standing.setId("platform-standing");
        reason.setId("platform-reason");
        reason.setHelperText("Kept in the platform's record with what you do, e.g. \"Contract ended on 31/03/2026\".");
        ContractLimits.limit(reason, ReasonRequest.class, "reason");
        message.field("reason", reason);
        confirmSlug.setId("platform-confirm-slug");
        ContractLimits.limit(confirmSlug, DeletionRequest.class, "confirmSlug");
        message.field("confirmSlug", confirmSlug);
        suspend.addClickListener(event -> act("suspended", id -> client.suspend(id, reasonRequest())));
        reactivate.addClickListener(event -> act("reactivated", id -> client.reactivate(id, reasonRequest())));
        offboard.addClickListener(event -> act("is being offboarded", id -> client.startOffboarding(id, reasonRequest())));
        cancel.addClickListener(event -> act("is no longer being offboarded (it stays suspended)",
                id -> client.cancelOffboarding(id, reasonRequest())));
        delete.addClickListener(event -> deleteNow());
        suspend.setId("platform-suspend");
        reactivate.setId("platform-reactivate");
        offboard.setId("platform-offboard");
        cancel.setId("platform-cancel-offboarding");
        delete.setId("platform-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        download = new Anchor(new BackendDownload(() -> client.exportZip(chosen.getValue().id()),
                () -> chosen.getValue().slug() + ".zip", PlatformApi.ZIP), "Download its data (zip)");
        download.setId("platform-download");
        FlexLayout buttons = new FlexLayout(suspend, reactivate, offboard, cancel, delete);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");

        Section act = new Section(new H2("Act on a partnership"),
                new Paragraph("A suspended partnership's people cannot sign in and their sign-ins end; its data is kept. "
                        + "Offboarding needs a download of its data first; the data is deleted when the grace period ends, "
                        + "and until then the offboarding can be cancelled."),
                chosen, standing, download, reason, confirmSlug, buttons, message);
        Section record = new Section(new H2("What was done"), events);
        add(new H1("Partnerships on the platform"),
                new Paragraph("Each partnership's status and counts. Platform admins never see a case."),
                overview, act, record);
        refresh(null);
    }

    private ReasonRequest reasonRequest() {
        return new ReasonRequest(reason.getValue());
    }

    private void act(String done, Function<UUID, PlatformPartnershipView> change) {
        PlatformPartnershipView p = chosen.getValue();
        if (p == null) {
            message.problem("Choose a partnership first.");
            return;
        }
        PlatformPartnershipView[] after = new PlatformPartnershipView[1];
        if (message.attempt(() -> after[0] = change.apply(p.id()))) {
            reason.clear();
            refresh(after[0].id());
            message.done(after[0].name() + " " + done + ".");
        }
    }

    private void deleteNow() {
        PlatformPartnershipView p = chosen.getValue();
        if (p == null) {
            message.problem("Choose a partnership first.");
            return;
        }
        if (message.attempt(() -> client.delete(p.id(), new DeletionRequest(confirmSlug.getValue())))) {
            confirmSlug.clear();
            refresh(null);
            message.done(p.name() + ": its data is deleted.");
        }
    }

    private void refresh(UUID keep) {
        List<PlatformPartnershipView> partnerships = new ArrayList<>();
        List<PlatformEventView> record = new ArrayList<>();
        message.attempt(() -> {
            partnerships.addAll(client.partnerships());
            record.addAll(client.events());
        });
        List<List<?>> rows = new ArrayList<>();
        for (PlatformPartnershipView p : partnerships) {
            rows.add(List.of(p.name(), p.statusLabel(), p.members(), p.groups(), p.meetings(), p.openReviews(),
                    p.deleteAfter() == null ? "" : when(p.deleteAfter())));
        }
        overview.removeAll();
        var table = Tables.of("Partnerships", false, List.of("Partnership", "Status", "People", "Groups", "Meetings",
                "Open reviews", "Data deleted after"), rows);
        table.setId("platform-partnerships");
        overview.add(table);
        chosen.setItems(partnerships);
        partnerships.stream().filter(p -> p.id().equals(keep)).findFirst().ifPresent(chosen::setValue);
        List<List<?>> entries = new ArrayList<>();
        for (PlatformEventView e : record) {
            entries.add(List.of(when(e.occurredAt()), e.partnershipName(), e.actionLabel(), e.reason() == null ? "" : e.reason(),
                    e.detail() == null ? "" : e.detail()));
        }
        events.removeAll();
        events.add(entries.isEmpty() ? new Paragraph("Nothing yet.")
                : Tables.of("What was done", false, List.of("When", "Partnership", "What", "Reason", "Detail"), entries));
        showActions();
    }

    private void showActions() {
        PlatformPartnershipView p = chosen.getValue();
        PartnershipStatus status = p == null ? null : p.status();
        boolean graceOver = p != null && p.deleteAfter() != null && !OffsetDateTime.now().isBefore(p.deleteAfter());
        suspend.setVisible(status == PartnershipStatus.ACTIVE);
        reactivate.setVisible(status == PartnershipStatus.SUSPENDED);
        offboard.setVisible(status == PartnershipStatus.ACTIVE || status == PartnershipStatus.SUSPENDED);
        cancel.setVisible(status == PartnershipStatus.OFFBOARDING && !graceOver);
        delete.setVisible(status == PartnershipStatus.OFFBOARDING && graceOver);
        confirmSlug.setVisible(delete.isVisible());
        reason.setVisible(p != null && !delete.isVisible());
        download.setVisible(p != null);
        standing.setText(p == null ? "Choose a partnership to act on it." : p.name() + " is " + p.statusLabel().toLowerCase()
                + (p.statusReason() == null ? "." : " (" + p.statusReason() + ").")
                + (p.deleteAfter() == null ? "" : " Its data may be deleted after " + when(p.deleteAfter()) + "."));
    }

    private static String when(OffsetDateTime at) {
        return Dates.WHEN.format(at.atZoneSameInstant(Dates.LONDON));
    }
}
