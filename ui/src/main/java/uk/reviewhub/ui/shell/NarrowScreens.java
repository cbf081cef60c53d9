package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables that stay readable on a narrow window (a phone at 320 px, or 1366 px at 200% zoom, which
 * leaves about 680 CSS pixels): below {@link #NARROW_BELOW} pixels a grid keeps only its key
 * columns, and the rest of a row is shown in the details under it (and in the panel a selection
 * opens). The width is the browser window's, asked for when the grid is attached and on resize.
 */
public final class NarrowScreens {

    /** Windows narrower than this (CSS pixels) show only the key columns. */
    public static final int NARROW_BELOW = 900;

    /**
     * Windows narrower than this (a phone) also share the width out among the key columns and wrap
     * their text, so that all of them lie inside the window rather than off its right edge.
     */
    public static final int PHONE_BELOW = 600;

    private static final String WIDTHS = NarrowScreens.class.getName() + ".widths";

    /** A column's own sizing, put back when the window is wide again. */
    private record Sizing(String width, int flexGrow, boolean autoWidth) {
    }

    private static final String SECONDARY = NarrowScreens.class.getName() + ".secondary";

    private NarrowScreens() {
    }

    /**
     * Hides {@code secondary} columns of {@code grid} on a narrow window and shows them again on a
     * wide one; on a narrow window a row's details (its renderer set by the caller) open on click.
     */
    public static <T> void keyColumnsOnNarrow(Grid<T> grid, List<Grid.Column<T>> secondary) {
        ComponentUtil.setData(grid, SECONDARY, secondary);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.executeJs("return window.innerWidth").then(Integer.class, width -> adapt(grid, width));
            var registration = page.addBrowserWindowResizeListener(resize -> adapt(grid, resize.getWidth()));
            grid.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Shows or hides the grid's secondary columns for a window {@code width} pixels wide (what the browser says). */
    public static void adapt(Grid<?> grid, int width) {
        Object secondary = ComponentUtil.getData(grid, SECONDARY);
        if (!(secondary instanceof List<?> columns)) {
            return;
        }
        boolean narrow = width < NARROW_BELOW;
        columns.forEach(column -> ((Grid.Column<?>) column).setVisible(!narrow));
        grid.setDetailsVisibleOnClick(narrow);
        grid.getElement().setAttribute("data-narrow", narrow);
        phone(grid, width < PHONE_BELOW);
    }

    @SuppressWarnings("unchecked")
    private static void phone(Grid<?> grid, boolean phone) {
        Map<Grid.Column<?>, Sizing> kept = (Map<Grid.Column<?>, Sizing>) ComponentUtil.getData(grid, WIDTHS);
        if (phone && kept == null) {
            Map<Grid.Column<?>, Sizing> sizing = new LinkedHashMap<>();
            for (Grid.Column<?> column : grid.getColumns()) {
                sizing.put(column, new Sizing(column.getWidth(), column.getFlexGrow(), column.isAutoWidth()));
                column.setAutoWidth(false);
                column.setWidth("3rem");
                column.setFlexGrow(1);
            }
            ComponentUtil.setData(grid, WIDTHS, sizing);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.getElement().setAttribute("data-phone", true);
        } else if (!phone && kept != null) {
            kept.forEach((column, sizing) -> {
                column.setWidth(sizing.width());
                column.setFlexGrow(sizing.flexGrow());
                column.setAutoWidth(sizing.autoWidth());
            });
            ComponentUtil.setData(grid, WIDTHS, null);
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.getElement().removeAttribute("data-phone");
        }
    }

    /** Brings a panel that a choice opened into view (it may be below the fold, after a long table). */
    public static void bringIntoView(Component panel) {
        panel.scrollIntoView();
    }
}
