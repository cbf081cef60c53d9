package uk.reviewhub.national.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.national.ComparatorsApi;
import uk.reviewhub.api.national.ComparatorsUpdate;
import uk.reviewhub.api.national.ComparatorsView;
import uk.reviewhub.national.domain.ComparatorSettings;
import uk.reviewhub.national.domain.OwnComparators;
import uk.reviewhub.national.domain.Regions;
import uk.reviewhub.pack.NationalComparators;

import java.util.List;

/** The signed-in partnership's national comparators: read by its people, set by its admins. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "National benchmarking")
class ComparatorsController implements ComparatorsApi {

    private final ComparatorSettings settings;

    ComparatorsController(ComparatorSettings settings) {
        this.settings = settings;
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The partnership's region, child population (with year and source) and statistical neighbours")
    @Transactional
    public ComparatorsView comparators() {
        return view(settings.own());
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Set the partnership's region, child population (with year and source) and statistical neighbours")
    @Transactional
    public ComparatorsView setComparators(ComparatorsUpdate update) {
        var population = update.childPopulation();
        return view(settings.set(new NationalComparators(update.region(), population == null ? null
                : new NationalComparators.ChildPopulation(population.count(), population.year(), population.source().strip()),
                update.statisticalNeighbours().stream().map(String::strip).toList())));
    }

    private static ComparatorsView view(OwnComparators own) {
        var population = own.comparators().childPopulation();
        List<ComparatorsView.Region> regions = NationalComparators.REGIONS.stream()
                .sorted((a, b) -> List.copyOf(Regions.NAMES.keySet()).indexOf(a) - List.copyOf(Regions.NAMES.keySet()).indexOf(b))
                .map(code -> new ComparatorsView.Region(code, Regions.name(code))).toList();
        return new ComparatorsView(own.comparators().region(), population == null ? null
                : new ComparatorsView.ChildPopulation(population.count(), population.year(), population.source()),
                own.comparators().statisticalNeighbours(), own.setBy(), regions);
    }
}
