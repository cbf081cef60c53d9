package uk.reviewhub.ui.scrutiny

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.router.RouterLink
import uk.reviewhub.api.vocabulary.FinancialYear
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.learning.LearningThemesView
import uk.reviewhub.ui.shell.Dates
import uk.reviewhub.ui.shell.NotAllowedView

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Scrutiny's reports in the UI (issue 12 item 7): the piece page's Report section offers the report
 * as PDF and Word; the annual summary of scrutiny shows the financial year's figures (reached from
 * the programme), moves to another year, and is not for those who do not do scrutiny.
 */
class ScrutinyReportViewsSpec extends ViewSpec {

    static String heading(int year) {
        // dd/mm/yyyy, as every date the product writes
        "Scrutiny in ${new FinancialYear(year).label()} (01/04/${year} to 31/03/${year + 1})".toString()
    }

    def "a piece's page offers its report as PDF and as a Word document"() {
        given:
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        signInAs('scrutineer2@norfolk.demo')

        when:
        UI.current.navigate(ScrutinyPieceView, ScrutinyPieceView.parameters(piece.id()))
        Section report = _get(Section) { it.withId('scrutiny-report') }

        then:
        _get(report, H2).text == 'Report'
        textOf(report).contains('the themes across its observations as a chart')
        with(_get(report, Anchor) { it.withId('scrutiny-report-pdf') }) {
            text == 'Download the report as PDF'
            element.hasAttribute('download')
            href
        }
        _get(report, Anchor) { it.withId('scrutiny-report-docx') }.text == 'Download the report as a Word document'
    }

    def "the annual summary shows the year's pieces and figures, and another year on choosing it"() {
        given:
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        int current = FinancialYear.containing(LocalDate.now(Dates.LONDON)).startYear()
        signInAs('scrutineer@norfolk.demo')

        when: 'it is reached from the programme'
        UI.current.navigate(ScrutinyProgrammeView)
        UI.current.navigate(_get(RouterLink) { it.withText('The annual summary of scrutiny') }.href)

        then: 'the current financial year, with the piece commissioned in it and every kind of evidence'
        currentView() instanceof ScrutinyAnnualSummaryPage
        _get(H2) { it.withText(heading(current)) }
        textOf(_get(NativeTable) { it.withId('scrutiny-summary-piece-list') }).contains(piece.title())
        textOf(_get(NativeTable) { it.withId('scrutiny-summary-pieces') }).contains('Commissioned in the year')
        textOf(_get(NativeTable) { it.withId('scrutiny-summary-evidence') }).contains('Observations of frontline practice')
        textOf(_get(NativeTable) { it.withId('scrutiny-summary-evidence') }).contains('Feedback from families')
        textOf(_get(NativeTable) { it.withId('scrutiny-summary-days') }).contains('The allocation for the year')
        _get(Anchor) { it.withId('scrutiny-summary-pdf') }.text == 'Download the summary as PDF'
        _get(Anchor) { it.withId('scrutiny-summary-docx') }.text == 'Download the summary as a Word document'

        when: 'an earlier year is chosen'
        userEnters(_get(Select) { it.withLabel('Financial year') } as Select<Integer>, current - 3)

        then:
        _get(H2) { it.withText(heading(current - 3)) }
        !textOf(_get(NativeTable) { it.withId('scrutiny-summary-piece-list') }).contains(piece.title())
    }

    def "beside the learning themes' yearly summary, a chair who is a scrutineer is offered the annual summary of scrutiny (#who: #offered)"() {
        when:
        signInAs(who)
        UI.current.navigate(LearningThemesView)

        then:
        _find(RouterLink) { it.withText('The annual summary of independent scrutiny') }.size() == (offered ? 1 : 0)

        where:
        who                  || offered
        'chair@norfolk.demo' || true
        'chair@salford.demo' || false
    }

    def "#who may not open the annual summary of scrutiny"() {
        when:
        signInAs(who)
        UI.current.navigate(ScrutinyAnnualSummaryPage)

        then:
        currentView() instanceof NotAllowedView
        _find(ScrutinyAnnualSummaryPage).isEmpty()

        where:
        who << ['chair@salford.demo', 'member@norfolk.demo']
    }
}
