package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.SessionCredentials;
import uk.reviewhub.ui.identity.SignInView;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every signed-in view: the product name, the user's partnership and roles, a
 * sign-out button, and a side navigation built from the views' {@code @Menu} entries (those with
 * {@code @RolesAllowed} only for the user's roles).
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Backend backend;
    private final Span partnershipName = new Span();
    private final Span userSummary = new Span();

    MainLayout(Backend backend) {
        this.backend = backend;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");

        partnershipName.addClassName("rh-partnership-name");
        partnershipName.setId("partnership-name");
        userSummary.addClassName("rh-user-summary");
        userSummary.setId("user-summary");
        Div who = new Div(partnershipName, userSummary);
        who.addClassName("rh-who");

        Button signOut = new Button("Sign out", event -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        Header header = new Header(toggle, who, signOut);
        header.addClassName("rh-navbar");
        addToNavbar(header);

        Span productName = new Span("Review Hub");
        productName.addClassName("rh-product-name");
        SideNav nav = menu();
        nav.getElement().setAttribute("aria-label", "Main menu");
        addToDrawer(new Div(productName), nav);
    }

    private static SideNav menu() {
        SideNav nav = new SideNav();
        List<SideNavItem> items = new ArrayList<>();
        MenuConfiguration.getMenuEntries().stream().filter(MainLayout::visibleToUser)
                .forEach(entry -> items.add(new SideNavItem(entry.title(), entry.path())));
        items.forEach(nav::addItem);
        return nav;
    }

    /** A view marked {@code @RolesAllowed} is listed only for those roles (the view and the backend check again). */
    private static boolean visibleToUser(MenuEntry entry) {
        RolesAllowed allowed = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(RolesAllowed.class);
        return allowed == null || UserRoles.hasAny(allowed.value());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SessionCredentials.current().map(SessionCredentials::me).ifPresent(this::show);
    }

    private void show(Me me) {
        partnershipName.setText(me.partnership() == null ? "No partnership" : me.partnership().name());
        List<String> roles = new ArrayList<>(me.roles());
        me.platformRoles().forEach(role -> {
            if (!roles.contains(role)) {
                roles.add(role);
            }
        });
        String name = me.displayName() == null || me.displayName().isBlank() ? me.email() : me.displayName();
        userSummary.setText("Signed in as " + name + (roles.isEmpty() ? "" : " · Role: " + RoleNames.readable(roles)));
    }

    private void signOut() {
        backend.signOut();
        UI.getCurrent().navigate(SignInView.class);
    }
}
