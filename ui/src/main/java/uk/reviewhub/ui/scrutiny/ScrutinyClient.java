package uk.reviewhub.ui.scrutiny;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.scrutiny.FrameworkRequest;
import uk.reviewhub.api.scrutiny.FrameworkView;
import uk.reviewhub.api.scrutiny.ObservationRequest;
import uk.reviewhub.api.scrutiny.ObservationView;
import uk.reviewhub.api.scrutiny.PieceRequest;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.ProgrammeView;
import uk.reviewhub.api.scrutiny.ScrutinyDayRequest;
import uk.reviewhub.api.scrutiny.ScrutinyPaths;
import uk.reviewhub.api.scrutiny.StatusRequest;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;
import java.util.UUID;

/** Independent scrutiny, as the signed-in user. */
@Singleton
public class ScrutinyClient {

    private final Backend backend;

    ScrutinyClient(Backend backend) {
        this.backend = backend;
    }

    private static String piecePath(String template, UUID pieceId) {
        return template.replace("{pieceId}", pieceId.toString());
    }

    public ProgrammeView programme() {
        return backend.get(ScrutinyPaths.PROGRAMME, ProgrammeView.class);
    }

    public PieceView commission(PieceRequest request) {
        return backend.post(ScrutinyPaths.PIECES, request, PieceView.class);
    }

    public PieceView piece(UUID pieceId) {
        return backend.get(piecePath(ScrutinyPaths.PIECE, pieceId), PieceView.class);
    }

    public PieceView moveOn(UUID pieceId, StatusRequest request) {
        return backend.post(piecePath(ScrutinyPaths.PIECE_STATUS, pieceId), request, PieceView.class);
    }

    public PieceView logDay(UUID pieceId, ScrutinyDayRequest request) {
        return backend.post(piecePath(ScrutinyPaths.PIECE_DAYS, pieceId), request, PieceView.class);
    }

    public List<ObservationView> observations(UUID pieceId) {
        return backend.get(piecePath(ScrutinyPaths.PIECE_OBSERVATIONS, pieceId), Argument.listOf(ObservationView.class));
    }

    public ObservationView observe(UUID pieceId, ObservationRequest request) {
        return backend.post(piecePath(ScrutinyPaths.PIECE_OBSERVATIONS, pieceId), request, ObservationView.class);
    }

    public FrameworkView reviseFramework(FrameworkRequest request) {
        return backend.post(ScrutinyPaths.FRAMEWORK, request, FrameworkView.class);
    }

    public List<FrameworkView> frameworkVersions() {
        return backend.get(ScrutinyPaths.FRAMEWORK_VERSIONS, Argument.listOf(FrameworkView.class));
    }
}
