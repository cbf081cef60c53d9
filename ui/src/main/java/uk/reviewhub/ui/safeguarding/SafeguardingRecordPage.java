package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

import java.util.UUID;

/**
 * The plumbing of a safeguarding page that shows one record from its address (a child, a
 * conference or review): the record's id read from the address (one that names none is "not
 * found"), the page title, and the news of the last change, said in a status line when the page is
 * drawn afresh after it. A page draws itself in {@link #show()} and calls {@link #changed} after a
 * change.
 */
abstract class SafeguardingRecordPage extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final String notFound;
    private final String newsId;
    private UUID id;
    private String title;
    /** News of the last change, shown again after the page is drawn afresh. */
    private String news;

    /**
     * @param what     the record in words, for the title before it is read ("Child")
     * @param notFound what an address that names no record says ("No such child")
     * @param newsId   the id of the news line ("child-news")
     */
    SafeguardingRecordPage(String what, String notFound, String newsId) {
        this.title = what + " | Review Hub";
        this.notFound = notFound;
        this.newsId = newsId;
        addClassName("rh-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = SafeguardingParts.routeId(parameter, notFound);
        news = null;
        show();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The record's id, from the page's address. */
    protected UUID id() {
        return id;
    }

    /** Titles the page (the browser's tab and history): {@code heading} of Review Hub. */
    protected void title(String heading) {
        title = heading + " | Review Hub";
    }

    /** The status line with the news of the last change; hidden when there is none. */
    protected Paragraph newsLine() {
        Paragraph line = new Paragraph();
        line.setId(newsId);
        line.getElement().setAttribute("role", "status");
        line.addClassName("rh-message");
        line.setVisible(news != null);
        if (news != null) {
            line.setText(news);
        }
        return line;
    }

    /** After a change: draws the page afresh, saying {@code what} changed. */
    protected void changed(String what) {
        news = what;
        show();
    }

    /** Draws the page from the backend. */
    protected abstract void show();
}
