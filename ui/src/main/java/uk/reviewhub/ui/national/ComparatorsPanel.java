package uk.reviewhub.ui.national;

import uk.reviewhub.ui.shell.ContractLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.national.ComparatorsUpdate;
import uk.reviewhub.api.national.ComparatorsView;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.FormFeedback;

import java.util.Arrays;
import java.util.List;

/**
 * What the partnership is compared with: its region, child population (with the year and source of
 * the estimate) and statistical neighbours. Everyone reads them; a partnership admin changes them here
 * (an onboarded partnership has no pack to give them). The backend checks every value.
 */
class ComparatorsPanel extends Div {

    private final ComparatorsClient client;
    private final Runnable changed;
    private final FormFeedback feedback = new FormFeedback("comparators-feedback");

    ComparatorsPanel(ComparatorsClient client, Runnable changed) {
        this.client = client;
        this.changed = changed;
        setId("comparators");
        show(client.comparators());
    }

    private void show(ComparatorsView view) {
        removeAll();
        feedback.forgetFields();
        add(new H2("What we are compared with"));
        String region = view.regions().stream().filter(r -> r.code().equals(view.region())).map(ComparatorsView.Region::name)
                .findFirst().orElse("not set");
        String population = view.childPopulation() == null
                ? "not given, so your rates are x (not available): the product never estimates one"
                : String.format("%,d children aged 0 to 17 (%d estimate, %s)", view.childPopulation().count(),
                        view.childPopulation().year(), view.childPopulation().source());
        Paragraph summary = new Paragraph("Region: " + region + ". Child population: " + population + ". Statistical neighbours: "
                + (view.statisticalNeighbours().isEmpty() ? "none named" : String.join(", ", view.statisticalNeighbours())) + ".");
        summary.setId("comparators-summary");
        add(summary);
        if (!Capability.ADMINISTER.granted()) {
            return;
        }
        Select<String> regionField = new Select<>();
        regionField.setLabel("Region of England");
        regionField.setId("comparators-region");
        regionField.setItems(view.regions().stream().map(ComparatorsView.Region::code).toList());
        regionField.setItemLabelGenerator(code -> view.regions().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(ComparatorsView.Region::name).orElse(code));
        regionField.setValue(view.region());
        IntegerField count = new IntegerField("Children aged 0 to 17");
        count.setId("comparators-count");
        count.setHelperText("The ONS mid-year estimate; leave empty when you have none");
        IntegerField year = new IntegerField("Year of the estimate");
        year.setId("comparators-year");
        year.setHelperText("e.g. 2023 for the mid-2023 estimate");
        TextField source = new TextField("Source of the estimate");
        source.setId("comparators-source");
        ContractLimits.limit(source, ComparatorsUpdate.Population.class, "source");
        TextField neighbours = new TextField("Statistical neighbours");
        neighbours.setId("comparators-neighbours");
        neighbours.setHelperText("Local authority codes or partnerships' codes, separated by commas, e.g. wigan, bolton");
        if (view.childPopulation() != null) {
            count.setValue(view.childPopulation().count());
            year.setValue(view.childPopulation().year());
            source.setValue(view.childPopulation().source());
        }
        neighbours.setValue(String.join(", ", view.statisticalNeighbours()));
        feedback.field("region", regionField);
        feedback.field("childPopulation.count", count);
        feedback.field("childPopulation.year", year);
        feedback.field("childPopulation.source", source);
        feedback.field("statisticalNeighbours", neighbours);
        Button save = new Button("Save comparators", click -> {
            if (regionField.getValue() == null) {
                feedback.invalid(regionField, "Choose the partnership's region");
                return;
            }
            boolean noPopulation = count.getValue() == null && year.getValue() == null && source.getValue().isBlank();
            List<String> named = Arrays.stream(neighbours.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            ComparatorsUpdate update = new ComparatorsUpdate(regionField.getValue(), noPopulation ? null
                    : new ComparatorsUpdate.Population(count.getValue(), year.getValue(), source.getValue()), named);
            ComparatorsView[] saved = new ComparatorsView[1];
            if (feedback.attempt(() -> saved[0] = client.setComparators(update))) {
                show(saved[0]);
                feedback.done("Comparators saved: the figures below use them.");
                changed.run();
            }
        });
        save.setId("comparators-save");
        Div form = new Div(regionField, count, year, source, neighbours, save);
        form.addClassNames("rh-form", "rh-no-print");
        add(form);
        add(feedback);
    }
}
