package uk.reviewhub.ui.partnership;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import uk.reviewhub.api.partnership.ReviewGroupSummary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Chooses one of the partnership's review groups. Shown only when there is more than one; the
 * chosen group travels in the {@code group} query parameter so that the page can be bookmarked.
 */
public class GroupChooser extends Composite<Select<ReviewGroupSummary>> {

    public static final String PARAMETER = "group";

    public GroupChooser(Consumer<ReviewGroupSummary> onChosenByUser) {
        Select<ReviewGroupSummary> select = getContent();
        select.setLabel("Review group");
        select.setId("group-chooser");
        select.setItemLabelGenerator(GroupChooser::label);
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChosenByUser.accept(event.getValue());
            }
        });
    }

    /** Shows the groups and returns the one named by the query parameter, else the first. */
    public Optional<ReviewGroupSummary> show(List<ReviewGroupSummary> groups, QueryParameters query) {
        Select<ReviewGroupSummary> select = getContent();
        select.setItems(groups);
        setVisible(groups.size() > 1);
        Optional<UUID> wanted = query.getSingleParameter(PARAMETER).flatMap(GroupChooser::parse);
        Optional<ReviewGroupSummary> chosen = wanted
                .flatMap(id -> groups.stream().filter(group -> group.id().equals(id)).findFirst())
                .or(() -> groups.stream().findFirst());
        chosen.ifPresent(select::setValue);
        return chosen;
    }

    public static QueryParameters queryFor(ReviewGroupSummary group) {
        return QueryParameters.of(PARAMETER, group.id().toString());
    }

    public static String label(ReviewGroupSummary group) {
        return group.shortName() == null || group.shortName().isBlank() || group.shortName().equals(group.name())
                ? group.name()
                : group.name() + " (" + group.shortName() + ")";
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
