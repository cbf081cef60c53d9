package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.SessionCredentials;
import uk.reviewhub.ui.identity.SignInView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The frame around every signed-in view: the product name, the user's partnership and roles, a
 * sign-out button, and a side navigation built from the views' {@code @Menu} entries (only those the
 * user may open, by {@link Allowed}).
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id the page's heading gets when it has none: where the skip link leads. */
    static final String MAIN_HEADING = "main-content";

    private final Backend backend;
    private final Span partnershipName = new Span();
    private final Span userSummary = new Span();
    private final Anchor switchPartnership = new Anchor(SwitchPartnershipView.PATH, "Switch partnership");
    private final Anchor skipLink = new Anchor("#" + MAIN_HEADING, "Skip to main content");
    private String shownPath;

    MainLayout(Backend backend, List<MenuEntryFilter> menuFilters) {
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

        // The first stop for a keyboard: straight to the page's heading, past the menu (WCAG 2.4.1).
        skipLink.addClassName("rh-skip-link");
        skipLink.setId("skip-to-content");
        skipLink.getElement().setAttribute("router-ignore", true);

        switchPartnership.setId("switch-partnership");
        switchPartnership.addClassName("rh-switch-partnership");
        switchPartnership.setVisible(false);

        Header header = new Header(skipLink, toggle, who, switchPartnership, signOut);
        header.addClassName("rh-navbar");
        addToNavbar(header);

        Span productName = new Span("Review Hub");
        productName.addClassName("rh-product-name");
        SideNav nav = menu(menuFilters);
        nav.getElement().setAttribute("aria-label", "Main menu");
        addToDrawer(new Div(productName), nav);

        // The content area scrolls on its own: a keyboard reaches and scrolls it even on a page with
        // no control in it (WCAG 2.1.1; axe-core's scrollable-region-focusable).
        addAttachListener(event -> getElement().executeJs(
                "const content = this.shadowRoot && this.shadowRoot.querySelector('[part=\"content\"]');"
                        + "if (content) { content.setAttribute('tabindex', '0'); }"));
    }

    private static SideNav menu(List<MenuEntryFilter> filters) {
        SideNav nav = new SideNav();
        List<SideNavItem> items = new ArrayList<>();
        MenuConfiguration.getMenuEntries().stream().filter(MainLayout::visibleToUser)
                .filter(entry -> filters.stream().noneMatch(filter -> filter.hides(entry.menuClass())))
                .forEach(entry -> items.add(new SideNavItem(entry.title(), entry.path())));
        items.forEach(nav::addItem);
        return nav;
    }

    /** A view is listed only for people who may open it ({@link Allowed}; the route and the backend check again). */
    private static boolean visibleToUser(MenuEntry entry) {
        return entry.menuClass() != null && ReviewHubServiceInit.needed(entry.menuClass()).granted();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SessionCredentials.current().map(SessionCredentials::me).ifPresent(this::show);
        String path = event.getLocation().getPath();
        boolean newPage = !path.equals(shownPath);
        shownPath = path;
        heading(getContent() == null ? null : getContent().getElement()).ifPresent(heading -> {
            if (heading.getAttribute("id") == null) {
                heading.setAttribute("id", MAIN_HEADING);
            }
            // The page's own address with the fragment (the page's base is the application's root).
            skipLink.setHref(event.getLocation().getPathWithQueryParameters() + "#" + heading.getAttribute("id"));
            heading.setAttribute("tabindex", "-1");
            // A new page: its heading takes the focus, so a screen reader starts there (not when
            // only the query changed, e.g. choosing another group, which keeps the user's place).
            if (newPage) {
                heading.executeJs("this.focus()");
            }
        });
    }

    /** The page's first level-one heading, depth first. */
    static Optional<Element> heading(Element root) {
        if (root == null) {
            return Optional.empty();
        }
        if ("h1".equals(root.getTag())) {
            return Optional.of(root);
        }
        return root.getChildren().map(MainLayout::heading).flatMap(Optional::stream).findFirst();
    }

    private void show(Me me) {
        partnershipName.setText(me.partnership() == null ? "No partnership" : me.partnership().name());
        List<String> roles = new ArrayList<>(me.roles());
        me.platformRoles().forEach(role -> {
            if (!roles.contains(role)) {
                roles.add(role);
            }
        });
        switchPartnership.setVisible(me.partnerships().size() > 1);
        String name = me.displayName() == null || me.displayName().isBlank() ? me.email() : me.displayName();
        userSummary.setText("Signed in as " + name + (roles.isEmpty() ? "" : " · Role: " + RoleNames.readable(roles)));
    }

    private void signOut() {
        backend.signOut();
        UI.getCurrent().navigate(SignInView.class);
    }
}
