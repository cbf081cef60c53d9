package uk.reviewhub.ui.membership;

import uk.reviewhub.ui.shell.ContractLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.EndMembershipRequest;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.GroupMembershipView.AgencyMembers;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.api.partnership.PartnershipRoleView;
import uk.reviewhub.api.partnership.EndRoleRequest;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.StandingDeputy;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.UserRoles;
import uk.reviewhub.ui.shell.Tables;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import uk.reviewhub.ui.invitation.InvitationsClient;
import uk.reviewhub.ui.invitation.InvitationsPanel;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A review group's members, by agency in the partnership's order, with their roles, kind of
 * membership, dates and standing deputies; current members, or all with former members. Everyone
 * reads the members, the agencies and their history; partnership admins also add, change and end
 * members and add and change agencies (one form at a time, above the lists). The backend decides:
 * its refusals (problem+json) are shown in the form in its own words.
 */
@Route(value = "membership", layout = MainLayout.class)
@PageTitle("Membership | Review Hub")
@Menu(title = "Membership", order = 2)
@Prototype
public class MembershipView extends Main implements BeforeEnterObserver {

    static final String SHOW_CURRENT = "Current members";
    static final String SHOW_ALL = "All, with former members";
    static final Map<String, String> KINDS = words("STANDING", "Standing", "CO_OPTED", "Co-opted", "LEGAL_ADVICE", "Legal advice",
            "INVITED", "Invited");
    static final List<String> ROLES = List.of("CHAIR", "VICE_CHAIR", "MEMBER", "MINUTE_TAKER", "ADVISER");
    static final List<String> AGENCY_KINDS = List.of("LOCAL_AUTHORITY", "POLICE", "HEALTH", "EDUCATION", "CAFCASS", "HOUSING",
            "PROBATION", "YOUTH_JUSTICE", "LEGAL", "DISTRICT_COUNCIL", "PARTNERSHIP_TEAM", "OTHER");
    private static final Map<String, String> FIELDS = words("agency", "Agency", "positionTitle", "Post", "groupRole", "Role",
            "membershipKind", "Membership", "startDate", "Start date", "endDate", "End date", "endReason", "Reason for ending",
            "userId", "Linked person", "deputy", "Standing deputy", "deputyDelegatedAuthority", "Deputy's delegated authority",
            "deputyFrom", "Deputy from", "deputyTo", "Deputy until", "code", "Code", "name", "Name", "kind", "Kind",
            "statutoryPartner", "Statutory partner", "compactSignedOn", "Compact signed on");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final PartnershipClient partnerships;
    private final MembershipClient memberships;
    private final GroupChooser chooser;
    private final Select<String> show = new Select<>();
    private final Paragraph message = new Paragraph();
    private final Div editor = new Div();
    private final Div content = new Div();
    private final Div agencySection = new Div();
    private final Div roleSection = new Div();
    private ReviewGroupSummary group;
    private List<AgencyView> agencies = List.of();

    private final Clock clock;
    private final InvitationsClient invitations;

    MembershipView(PartnershipClient partnerships, MembershipClient memberships, Clock clock,
                   InvitationsClient invitations) {
        this.clock = clock;
        this.invitations = invitations;
        this.partnerships = partnerships;
        this.memberships = memberships;
        this.chooser = new GroupChooser(chosen -> UI.getCurrent().navigate(MembershipView.class, GroupChooser.queryFor(chosen)));
        addClassName("rh-view");
        show.setLabel("Show");
        show.setId("membership-show");
        show.setItems(SHOW_CURRENT, SHOW_ALL);
        show.setValue(SHOW_CURRENT);
        show.addValueChangeListener(event -> showMembers());
        message.setId("membership-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        editor.setId("membership-editor");
        add(new H1("Membership"), chooser, show, message, editor, content, agencySection, roleSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        editor.removeAll();
        Optional<ReviewGroupSummary> chosen = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters());
        if (chosen.isEmpty()) {
            show.setVisible(false);
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        group = chosen.get();
        showMembers();
        showAgencies();
        showRoles();
    }

    // -- members --------------------------------------------------------------------------------

    private void showMembers() {
        if (group == null) {
            return;
        }
        content.removeAll();
        boolean currentOnly = !SHOW_ALL.equals(show.getValue());
        GroupMembershipView membership = memberships.members(group.id(), currentOnly);
        content.add(new H2(GroupChooser.label(membership.group())));
        Div buttons = new Div();
        if (UserRoles.managesMembership()) {
            Button add = new Button("Add a member", click -> memberForm(null));
            add.setId("add-member");
            buttons.add(add);
        }
        Button allHistory = new Button("History of the group's membership", click -> showHistory(
                "History of the membership of " + GroupChooser.label(membership.group()),
                () -> memberships.groupHistory(group.id()), true));
        allHistory.setId("group-history");
        buttons.add(allHistory);
        content.add(buttons);
        long seats = membership.agencies().stream().mapToLong(agency -> agency.members().size()).sum();
        if (seats == 0) {
            content.add(new Paragraph(currentOnly ? "No current members are recorded for this group."
                    : "No members are recorded for this group."));
            return;
        }
        content.add(new Paragraph(seats + (currentOnly ? " current" : "") + (seats == 1 ? " member from " : " members from ")
                + membership.agencies().stream().filter(agency -> !agency.members().isEmpty()).count() + " agencies"
                + (currentOnly ? "." : ", former members included.")));
        membership.agencies().stream()
                .filter(agency -> !agency.members().isEmpty())
                .forEach(agency -> content.add(agencyMembers(agency)));
    }

    private Section agencyMembers(AgencyMembers agencyMembers) {
        String agencyName = agencyMembers.agency().name();
        H3 heading = new H3(agencyMembers.agency().statutoryPartner() ? agencyName + " (statutory partner)" : agencyName);
        NativeTable table = table("Members from " + agencyName, "Post", "Role in the group", "Membership", "Dates", "Status",
                "Standing deputy", "Actions");
        agencyMembers.members().forEach(member -> table.getBody().add(memberRow(member)));
        Section section = new Section(heading, table);
        section.addClassName("rh-agency");
        return section;
    }

    private NativeTableRow memberRow(GroupMemberView member) {
        Div actions = new Div();
        actions.add(action("History", member.positionTitle(), () -> showHistory("History of " + member.positionTitle(),
                () -> memberships.history(group.id(), member.id()))));
        if (UserRoles.managesMembership()) {
            actions.add(action("Change", member.positionTitle(), () -> memberForm(member)));
            if (member.endDate() == null || !member.endDate().isBefore(Dates.today(clock))) {
                actions.add(action("End", member.positionTitle(), () -> endForm(member)));
            }
        }
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(member.positionTitle()),
                new NativeTableCell(RoleNames.readable(member.groupRole().name())),
                new NativeTableCell(KINDS.getOrDefault(member.membershipKind().name(), RoleNames.readable(member.membershipKind().name()))),
                new NativeTableCell(dates(member)),
                new NativeTableCell(status(member)),
                new NativeTableCell(deputy(member.deputy())),
                cell(actions));
        return row;
    }

    static String dates(GroupMemberView m) {
        if (m.startDate() == null && m.endDate() == null) {
            return "–";
        }
        if (m.endDate() == null) {
            return "From " + Dates.cell(m.startDate());
        }
        return (m.startDate() == null ? "" : "From " + Dates.cell(m.startDate()) + " ") + "to " + Dates.cell(m.endDate());
    }

    String status(GroupMemberView m) {
        if (m.current()) {
            return m.endDate() == null ? "Current" : "Current, ending " + Dates.cell(m.endDate());
        }
        if (m.startDate() != null && m.startDate().isAfter(Dates.today(clock))) {
            return "Starts " + Dates.cell(m.startDate());
        }
        return "Former member" + (m.endReason() == null ? "" : ": " + m.endReason());
    }

    static String deputy(StandingDeputy d) {
        if (d == null) {
            return "None";
        }
        String text = d.label() + (d.delegatedAuthority() ? ", with delegated authority" : ", without delegated authority");
        if (d.from() != null || d.to() != null) {
            text += " (" + (d.from() == null ? "" : "from " + Dates.cell(d.from())) + (d.from() != null && d.to() != null ? " " : "")
                    + (d.to() == null ? "" : "until " + Dates.cell(d.to())) + ")";
        }
        return text;
    }

    private void memberForm(GroupMemberView existing) {
        editor.removeAll();
        agencies = memberships.agencies();
        boolean adding = existing == null;
        TextField post = new TextField("Post");
        post.setId("member-post");
        post.setRequiredIndicatorVisible(true);
        ContractLimits.limit(post, MemberRequest.class, "positionTitle");
        Select<AgencyView> agency = new Select<>();
        agency.setLabel("Agency");
        agency.setId("member-agency");
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a == null ? "" : a.name());
        agency.setRequiredIndicatorVisible(true);
        Select<String> role = new Select<>();
        role.setLabel("Role in the group");
        role.setId("member-role");
        role.setItems(ROLES);
        role.setItemLabelGenerator(RoleNames::readable);
        Select<String> kind = new Select<>();
        kind.setLabel("Membership");
        kind.setId("member-kind");
        kind.setItems(KINDS.keySet());
        kind.setItemLabelGenerator(KINDS::get);
        List<PartnershipPersonView> people = memberships.people();
        Select<PartnershipPersonView> person = new Select<>();
        person.setLabel("Linked person (optional)");
        person.setId("member-person");
        person.setEmptySelectionAllowed(true);
        person.setEmptySelectionCaption("No one");
        person.setItems(people);
        person.setItemLabelGenerator(p -> p == null ? "No one" : p.displayName() + " (" + RoleNames.readable(p.roles()) + ")");
        DatePicker start = Dates.picker("Start date (optional)", MemberRequest.class, "startDate", clock);
        start.setId("member-start");
        DatePicker end = Dates.picker("End date (optional)", MemberRequest.class, "endDate", clock);
        end.setId("member-end");
        TextField deputyPost = new TextField("Standing deputy's post (optional)");
        deputyPost.setId("deputy-post");
        TextField deputyName = new TextField("Standing deputy's name (optional)");
        deputyName.setId("deputy-name");
        Checkbox deputyAuthority = new Checkbox("The deputy holds the member's delegated authority");
        deputyAuthority.setId("deputy-authority");
        DatePicker deputyFrom = Dates.picker("Deputy from (optional)", StandingDeputy.class, "from", clock);
        DatePicker deputyTo = Dates.picker("Deputy until (optional)", StandingDeputy.class, "to", clock);
        TextField reason = new TextField("Reason for the change (optional, kept in the history)");
        reason.setId("member-reason");
        Checkbox confirmNoChair = new Checkbox("If this is the group's only chair, leave the group without a chair");
        confirmNoChair.setId("member-confirm-no-chair");
        confirmNoChair.setVisible(!adding && existing.groupRole() == uk.reviewhub.api.vocabulary.GroupRole.CHAIR);
        if (adding) {
            role.setValue("MEMBER");
            kind.setValue("STANDING");
        } else {
            post.setValue(existing.positionTitle());
            agencies.stream().filter(a -> a.id().equals(existing.agency().id())).findFirst().ifPresent(agency::setValue);
            role.setValue(existing.groupRole().name());
            kind.setValue(existing.membershipKind().name());
            people.stream().filter(p -> p.id().equals(existing.userId())).findFirst().ifPresent(person::setValue);
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            StandingDeputy d = existing.deputy();
            if (d != null) {
                deputyPost.setValue(d.post() == null ? "" : d.post());
                deputyName.setValue(d.name() == null ? "" : d.name());
                deputyAuthority.setValue(d.delegatedAuthority());
                deputyFrom.setValue(d.from());
                deputyTo.setValue(d.to());
            }
        }
        FormErrors errors = new FormErrors();
        Button save = new Button(adding ? "Add member" : "Save changes");
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            boolean ok = FormErrors.required(post, "Give the post the member holds.");
            ok &= FormErrors.required(agency, "Choose the member's agency.");
            if (start.getValue() != null && end.getValue() != null && end.getValue().isBefore(start.getValue())) {
                end.setErrorMessage("The end date is before the start date.");
                end.setInvalid(true);
                ok = false;
            } else {
                end.setInvalid(false);
            }
            if (!ok) {
                errors.show("Check the fields marked above.");
                return;
            }
            StandingDeputy d = deputyPost.getValue().isBlank() && deputyName.getValue().isBlank() ? null
                    : new StandingDeputy(blankToNull(deputyPost.getValue()), blankToNull(deputyName.getValue()),
                    deputyAuthority.getValue(), deputyFrom.getValue(), deputyTo.getValue());
            MemberRequest request = new MemberRequest(agency.getValue().id(), post.getValue().strip(), role.getValue(),
                    kind.getValue(), start.getValue(), end.getValue(), person.getValue() == null ? null : person.getValue().id(), d,
                    blankToNull(reason.getValue()), adding ? null : existing.version(), confirmNoChair.getValue());
            GroupMemberView saved = errors.attemptGet(() -> adding ? memberships.add(group.id(), request)
                    : memberships.change(group.id(), existing.id(), request));
            if (saved != null) {
                editor.removeAll();
                showMembers();
                say(adding ? saved.positionTitle() + " added." : saved.positionTitle() + ": changes saved.");
            } else if ((existing != null && existing.groupRole() == uk.reviewhub.api.vocabulary.GroupRole.CHAIR)) {
                confirmNoChair.setVisible(true);
            }
        });
        Button cancel = new Button("Cancel", click -> editor.removeAll());
        cancel.addClickShortcut(Key.ESCAPE);
        Paragraph managedBy = new Paragraph(adding ? "" : "PACK".equals(existing.source())
                ? "This seat comes from the partnership pack. Once you change it, reloading the pack no longer changes it."
                : "This seat is managed by partnership admins: reloading the pack does not change it.");
        managedBy.setVisible(!adding);
        Div form = new Div(new H2(adding ? "Add a member" : "Change " + existing.positionTitle()), managedBy, post, agency, role, kind, person, start,
                end, new H3("Standing deputy"), deputyPost, deputyName, deputyAuthority, deputyFrom, deputyTo, reason, confirmNoChair,
                errors, new Div(save, cancel));
        form.addClassName("rh-form");
        editor.add(form);
        post.focus();
    }

    private void endForm(GroupMemberView member) {
        editor.removeAll();
        DatePicker endDate = Dates.picker("Last day of membership", EndMembershipRequest.class, "endDate", clock);
        endDate.setId("end-date");
        endDate.setRequiredIndicatorVisible(true);
        endDate.setValue(Dates.today(clock));
        TextArea reason = new TextArea("Reason");
        reason.setId("end-reason");
        reason.setRequiredIndicatorVisible(true);
        ContractLimits.limit(reason, EndMembershipRequest.class, "reason");
        Checkbox confirmNoChair = new Checkbox("If this is the group's only chair, leave the group without a chair");
        confirmNoChair.setId("end-confirm-no-chair");
        confirmNoChair.setVisible(member.groupRole() == uk.reviewhub.api.vocabulary.GroupRole.CHAIR);
        FormErrors errors = new FormErrors();
        Button end = new Button("End membership");
        end.setId("end-save");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addClickListener(click -> {
            boolean ok = FormErrors.required(endDate, "Give the last day of membership.");
            ok &= FormErrors.required(reason, "Say why the membership ends.");
            if (!ok) {
                errors.show("Check the fields marked above.");
                return;
            }
            GroupMemberView ended = errors.attemptGet(() -> memberships.end(group.id(), member.id(),
                    new EndMembershipRequest(endDate.getValue(), reason.getValue().strip(), member.version(),
                            confirmNoChair.getValue())));
            if (ended != null) {
                editor.removeAll();
                showMembers();
                say(ended.positionTitle() + ": membership ends on " + Dates.format(ended.endDate())
                        + ". It stays in the list of all members as a former member.");
            }
        });
        Button cancel = new Button("Cancel", click -> editor.removeAll());
        cancel.addClickShortcut(Key.ESCAPE);
        Div form = new Div(new H2("End the membership of " + member.positionTitle()),
                new Paragraph("The member is not deleted: they stay in the history and in the list of all members."),
                endDate, reason, confirmNoChair, errors, new Div(end, cancel));
        form.addClassName("rh-form");
        editor.add(form);
        reason.focus();
    }

    // -- people's partnership roles (admins) --------------------------------------------------------

    /** Partnership admins see who holds which partnership role, from and to when, and end a person's access. */
    private void showRoles() {
        roleSection.removeAll();
        if (!UserRoles.managesMembership()) {
            return;
        }
        roleSection.add(new H2("People and their partnership roles"),
                new Paragraph("A person's access to the partnership ends with their last role."));
        NativeTable table = table("People with a partnership role", "Person", "Roles", "Dates", "Status", "Actions");
        table.addClassName("rh-roles");
        memberships.roles().forEach(role -> {
            Div actions = new Div(action("History", role.displayName(), () -> showHistory("History of " + role.displayName() + "'s roles",
                    () -> memberships.roleHistory(role.id()))));
            if (role.current()) {
                actions.add(action("End access", role.displayName(), () -> endRoleForm(role)));
            }
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(role.displayName()),
                    new NativeTableCell(String.join(", ", role.roles().stream().map(RoleNames::readable).toList())),
                    new NativeTableCell(roleDates(role)),
                    new NativeTableCell(role.current() ? "Current" : "Former or not started"),
                    cell(actions));
            table.getBody().add(row);
        });
        roleSection.add(table);
        // An invitation may come with one of the shown group's open seats (current, nobody linked).
        List<GroupMemberView> openSeats = group == null ? List.of() : memberships.members(group.id(), true).agencies().stream()
                .flatMap(agency -> agency.members().stream())
                .filter(member -> member.current() && member.userId() == null)
                .toList();
        roleSection.add(new InvitationsPanel(invitations, group == null ? null : GroupChooser.label(group), openSeats));
    }

    static String roleDates(PartnershipRoleView r) {
        if (r.startDate() == null && r.endDate() == null) {
            return "–";
        }
        return (r.startDate() == null ? "" : "From " + Dates.cell(r.startDate()) + " ")
                + (r.endDate() == null ? "" : "to " + Dates.cell(r.endDate()));
    }

    private void endRoleForm(PartnershipRoleView role) {
        editor.removeAll();
        DatePicker lastDay = Dates.picker("Last day (leave empty to end access now)", EndRoleRequest.class, "lastDay", clock);
        lastDay.setId("end-role-last-day");
        TextArea reason = new TextArea("Reason");
        reason.setId("end-role-reason");
        reason.setRequiredIndicatorVisible(true);
        ContractLimits.limit(reason, EndRoleRequest.class, "reason");
        FormErrors errors = new FormErrors();
        Button end = new Button("End access");
        end.setId("end-role-save");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addClickListener(click -> {
            if (!FormErrors.required(reason, "Say why their roles end.")) {
                errors.show("Check the fields marked above.");
                return;
            }
            PartnershipRoleView ended = errors.attemptGet(() -> memberships.endRole(role.id(),
                    new EndRoleRequest(lastDay.getValue(), reason.getValue().strip(), role.version())));
            if (ended != null) {
                editor.removeAll();
                showRoles();
                say(ended.displayName() + (ended.current() ? ": roles end after " + Dates.format(ended.endDate()) + "."
                        : ": access to the partnership has ended."));
            }
        });
        Button cancel = new Button("Cancel", click -> editor.removeAll());
        cancel.addClickShortcut(Key.ESCAPE);
        Div form = new Div(new H2("End " + role.displayName() + "'s partnership roles"),
                new Paragraph("They stay in the history. Their sign-ins stop working within a minute."),
                lastDay, reason, errors, new Div(end, cancel));
        form.addClassName("rh-form");
        editor.add(form);
        reason.focus();
    }

    // -- agencies -------------------------------------------------------------------------------

    private void showAgencies() {
        agencySection.removeAll();
        agencies = memberships.agencies();
        agencySection.add(new H2("Agencies"));
        if (UserRoles.managesMembership()) {
            Button add = new Button("Add an agency", click -> agencyForm(null));
            add.setId("add-agency");
            agencySection.add(add);
        }
        NativeTable table = table("The partnership's agencies", "Agency", "Kind", "Statutory partner", "Compact signed",
                "Managed by", "Actions");
        table.addClassName("rh-agencies");
        agencies.forEach(agency -> {
            Div actions = new Div(action("History", agency.name(), () -> showHistory("History of " + agency.name(),
                    () -> memberships.agencyHistory(agency.id()))));
            if (UserRoles.managesMembership()) {
                actions.add(action("Change", agency.name(), () -> agencyForm(agency)));
            }
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(agency.name()), new NativeTableCell(RoleNames.readable(agency.kind().name())),
                    new NativeTableCell(agency.statutoryPartner() ? "Yes" : "No"),
                    new NativeTableCell(agency.compactSignedOn() == null ? "Not recorded" : Dates.cell(agency.compactSignedOn())),
                    new NativeTableCell("ADMIN".equals(agency.source()) ? "Partnership admins" : "Partnership pack"),
                    cell(actions));
            table.getBody().add(row);
        });
        agencySection.add(table);
    }

    private void agencyForm(AgencyView existing) {
        editor.removeAll();
        boolean adding = existing == null;
        TextField code = new TextField("Code (lower-case words joined by hyphens, cannot change later)");
        code.setId("agency-code");
        code.setVisible(adding);
        TextField name = new TextField("Name");
        name.setId("agency-name");
        name.setRequiredIndicatorVisible(true);
        Select<String> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setId("agency-kind");
        kind.setItems(AGENCY_KINDS);
        kind.setItemLabelGenerator(RoleNames::readable);
        Checkbox statutory = new Checkbox("Statutory partner");
        statutory.setId("agency-statutory");
        DatePicker compact = Dates.picker("Compact signed on (leave empty if not signed)", AgencyRequest.class, "compactSignedOn", clock);
        compact.setId("agency-compact");
        TextField reason = new TextField("Reason for the change (optional, kept in the history)");
        reason.setId("agency-reason");
        if (adding) {
            kind.setValue("OTHER");
        } else {
            name.setValue(existing.name());
            kind.setValue(existing.kind().name());
            statutory.setValue(existing.statutoryPartner());
            compact.setValue(existing.compactSignedOn());
        }
        FormErrors errors = new FormErrors();
        Button save = new Button(adding ? "Add agency" : "Save agency");
        save.setId("agency-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            boolean ok = FormErrors.required(name, "Give the agency's name.");
            if (adding) {
                ok &= FormErrors.required(code, "Give the agency a code, e.g. 'greater-manchester-police'.");
            }
            if (!ok) {
                errors.show("Check the fields marked above.");
                return;
            }
            AgencyRequest request = new AgencyRequest(adding ? code.getValue().strip() : existing.code(), name.getValue().strip(),
                    kind.getValue(), statutory.getValue(), compact.getValue(), blankToNull(reason.getValue()),
                    adding ? null : existing.version());
            AgencyView saved = errors.attemptGet(() -> adding ? memberships.addAgency(request)
                    : memberships.changeAgency(existing.id(), request));
            if (saved != null) {
                editor.removeAll();
                showAgencies();
                showMembers();
                say(saved.name() + (adding ? " added." : ": changes saved."));
            }
        });
        Button cancel = new Button("Cancel", click -> editor.removeAll());
        cancel.addClickShortcut(Key.ESCAPE);
        Paragraph managedBy = new Paragraph(adding ? "" : "PACK".equals(existing.source())
                ? "This agency comes from the partnership pack. Once you change it, reloading the pack no longer changes it."
                : "This agency is managed by partnership admins: reloading the pack does not change it.");
        managedBy.setVisible(!adding);
        Div form = new Div(new H2(adding ? "Add an agency" : "Change " + existing.name()), managedBy, code, name, kind, statutory, compact,
                reason, errors, new Div(save, cancel));
        form.addClassName("rh-form");
        editor.add(form);
        (adding ? code : name).focus();
    }

    // -- history --------------------------------------------------------------------------------

    private void showHistory(String title, Supplier<List<MembershipChangeView>> history) {
        showHistory(title, history, false);
    }

    /** The history in a panel above the lists; {@code includeSubject}: name the seat of each entry (a group's history). */
    private void showHistory(String title, Supplier<List<MembershipChangeView>> history, boolean includeSubject) {
        editor.removeAll();
        Section panel = new Section(new H2(title));
        panel.setId("membership-history");
        List<MembershipChangeView> entries = history.get();
        if (entries.isEmpty()) {
            panel.add(new Paragraph("No changes are recorded."));
        } else {
            OrderedList list = new OrderedList();
            entries.forEach(entry -> list.add(new ListItem(historyText(entry, includeSubject))));
            panel.add(list);
        }
        Button close = new Button("Close history", click -> editor.removeAll());
        close.addClickShortcut(Key.ESCAPE);
        panel.add(close);
        editor.add(panel);
    }

    static String historyText(MembershipChangeView entry, boolean includeSubject) {
        StringBuilder text = new StringBuilder();
        if (entry.subjectName() != null && includeSubject) {
            text.append(entry.subjectName()).append(": ");
        }
        text.append(WHEN.format(entry.changedAt().atZone(Dates.LONDON)));
        text.append(", ").append("PACK".equals(entry.source()) ? "by the partnership pack"
                : "by " + (entry.changedByName() == null ? "a partnership admin" : entry.changedByName()));
        text.append(": ").append(switch (entry.action()) {
            case "ADDED" -> "added";
            case "ENDED" -> "ended";
            case "REMOVED" -> "removed";
            default -> "changed";
        }).append('.');
        entry.changes().forEach(change -> text.append(' ').append(FIELDS.getOrDefault(change.field(), change.field())).append(": ")
                .append(value(change.field(), change.before())).append(" → ").append(value(change.field(), change.after()))
                .append('.'));
        if (entry.reason() != null) {
            text.append(" Reason: ").append(entry.reason());
        }
        return text.toString();
    }

    private static String value(String field, String value) {
        if (value == null) {
            return "none";
        }
        if (field.endsWith("Date") || field.endsWith("On") || field.equals("deputyFrom") || field.equals("deputyTo")) {
            try {
                return Dates.cell(LocalDate.parse(value));
            } catch (RuntimeException notADate) {
                return value;
            }
        }
        if (field.equals("membershipKind")) {
            return KINDS.getOrDefault(value, value);
        }
        if (field.equals("groupRole") || field.equals("kind")) {
            return RoleNames.readable(value);
        }
        return value;
    }

    // -- parts ----------------------------------------------------------------------------------

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private static Button action(String verb, String subject, Runnable run) {
        Button button = new Button(verb, click -> run.run());
        button.getElement().setAttribute("aria-label", verb + " " + subject);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static NativeTable table(String caption, String... headers) {
        return Tables.headed(caption, headers);
    }

    private static NativeTableCell cell(Component content) {
        NativeTableCell cell = new NativeTableCell();
        cell.add(content);
        return cell;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
