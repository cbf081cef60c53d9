package uk.reviewhub.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Only stock components, Lumo and plain CSS under {@code META-INF/resources}:
 * the pre-compiled production bundle is used as is (no npm build here; see infra/BUILD.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/reviewhub.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Review Hub");
        settings.addMetaTag("description", "Case review work for local safeguarding children partnerships");
    }
}
