package uk.reviewhub.scrutiny.api;

import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.scrutiny.EvidenceView;
import uk.reviewhub.api.scrutiny.FindingView;
import uk.reviewhub.api.vocabulary.EvidenceKind;
import uk.reviewhub.scrutiny.domain.Finding;
import uk.reviewhub.api.scrutiny.FrameworkView;
import uk.reviewhub.api.scrutiny.ObservationView;
import uk.reviewhub.api.scrutiny.PersonName;
import uk.reviewhub.api.scrutiny.PieceSummary;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.ProgrammeView;
import uk.reviewhub.api.scrutiny.ScheduleView;
import uk.reviewhub.api.scrutiny.ScheduledView;
import uk.reviewhub.scrutiny.domain.Evidence;
import uk.reviewhub.scrutiny.domain.Framework;
import uk.reviewhub.scrutiny.domain.LoggedDay;
import uk.reviewhub.scrutiny.domain.Observation;
import uk.reviewhub.scrutiny.domain.Person;
import uk.reviewhub.scrutiny.domain.Piece;
import uk.reviewhub.scrutiny.domain.PieceRecord;
import uk.reviewhub.scrutiny.domain.Programme;
import uk.reviewhub.scrutiny.domain.Schedule;
import uk.reviewhub.scrutiny.domain.Scheduled;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Scrutiny's domain records made into the API's, at the edge. */
final class ScrutinyViews {

    private ScrutinyViews() {
    }

    static PersonName person(Person p) {
        return p == null ? null : new PersonName(p.id(), p.name());
    }

    static ProgrammeView programme(Programme p) {
        return new ProgrammeView(p.enabled(), p.scrutineers().stream().map(ScrutinyViews::person).toList(),
                p.pieces().stream().map(ScrutinyViews::summary).toList());
    }

    static PieceSummary summary(PieceRecord r) {
        Piece p = r.piece();
        return new PieceSummary(p.id(), p.title(), p.status(), p.commissionedBy(), p.commissionedOn(), person(p.lead()),
                r.clock().due(), r.clock().status().name(), r.clock().label());
    }

    static PieceView piece(PieceRecord r) {
        Piece p = r.piece();
        return new PieceView(p.id(), p.title(), p.scope(), p.questions(), p.methodology(), p.commissionedBy(), p.commissionedOn(),
                person(p.lead()), p.team().stream().map(ScrutinyViews::person).toList(), p.agreedReportBy(), r.clock().due(),
                r.clock().status().name(), r.clock().label(), p.status(),
                p.status().next().stream().sorted(Comparator.naturalOrder()).toList(), p.reportedOn(), p.version(),
                r.days().stream().map(LoggedDay::days).reduce(BigDecimal.ZERO, BigDecimal::add),
                r.days().stream().map(d -> new PieceView.Day(d.id(), d.workedOn(), d.days(), d.description(), person(d.workedBy()),
                        d.loggedAt())).toList(),
                r.themes().stream().map(t -> new PieceView.DomainThemes(t.domain(), t.domainName(), t.counts().entrySet().stream()
                        .map(e -> new PieceView.RatingCount(e.getKey(), e.getValue())).toList())).toList());
    }

    static FrameworkView framework(Framework f) {
        return new FrameworkView(f.id(), f.version(), f.name(), f.guidance(), f.source(), person(f.createdBy()), f.createdAt(),
                f.domains().stream().map(d -> new FrameworkView.Domain(d.code(), d.name(), d.guidance(), d.prompts(),
                        d.ratingScale())).toList());
    }

    static ObservationView observation(Observation o) {
        return new ObservationView(o.id(), o.pieceId(), o.observedOn(), o.setting(), person(o.observer()), o.frameworkVersion(),
                o.ratings().stream().map(r -> new ObservationView.Rating(r.domain(), r.domainName(), r.rating())).toList(),
                o.evidence(), o.strengths(), o.areasForDevelopment(), o.practitionerFeedback(), o.recordedAt());
    }

    static ScheduleView schedule(Schedule s) {
        return new ScheduleView(s.from(), s.to(),
                s.entries().stream().map(e -> scheduled(e, Stream.concat(
                        s.clashes().stream().filter(c -> c.first().equals(e.id())).map(Schedule.Clash::second),
                        s.clashes().stream().filter(c -> c.second().equals(e.id())).map(Schedule.Clash::first)).toList())).toList(),
                s.clashes().stream().map(c -> new ScheduleView.Clash(person(c.scrutineer()), c.on(), c.first(), c.second())).toList(),
                s.weeksWithout(),
                s.piecesWithout().stream().map(g -> new ScheduleView.PieceGap(g.pieceId(), g.title(), g.reportDue())).toList());
    }

    static ScheduledView scheduled(Scheduled s, List<UUID> clashesWith) {
        return new ScheduledView(s.id(), s.pieceId(), s.pieceTitle(), s.observedOn(), s.startsAt(), s.endsAt(), s.setting(),
                s.settingKind(), person(s.observer()), s.location(), s.cancelled(), s.cancelReason(), clashesWith);
    }

    static EvidenceView evidence(Evidence e) {
        return new EvidenceView(e.id(), e.pieceId(), e.kind(), e.gatheredOn(), e.title(), e.participants(), e.participantCount(),
                e.summary(), person(e.recordedBy()), e.recordedAt());
    }

    /** The finding with its recommendations' actions ({@code recommendationOf}: action id to recommendation id). */
    static FindingView finding(Finding f, List<ActionView> actions, Map<UUID, UUID> recommendationOf) {
        return new FindingView(f.id(), f.number(), f.title(), f.detail(), f.rating(),
                f.supports().stream().map(s -> new FindingView.Support(s.kind(), kindLabel(s.kind()), s.id(), s.title(), s.on())).toList(),
                f.triangulated(),
                f.recommendations().stream().map(r -> new FindingView.RecommendationView(r.id(), r.number(), r.text(),
                        actions.stream().filter(a -> r.id().equals(recommendationOf.get(a.id()))).toList())).toList(),
                person(f.recordedBy()));
    }

    static String kindLabel(String kind) {
        return "OBSERVATION".equals(kind) ? "Observation" : EvidenceKind.valueOf(kind).label();
    }
}
