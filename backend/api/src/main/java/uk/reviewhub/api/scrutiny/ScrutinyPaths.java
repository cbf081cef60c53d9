package uk.reviewhub.api.scrutiny;

/** The paths of independent scrutiny, shared by {@link ScrutinyApi}, its controller and the UI. */
public final class ScrutinyPaths {
    /** {@code GET}: the scrutiny programme (whether the partnership runs scrutiny, its scrutineers and pieces). */
    public static final String PROGRAMME = "/api/scrutiny";
    /** {@code POST}: record a piece of scrutiny the statutory partners commissioned. */
    public static final String PIECES = "/api/scrutiny/pieces";
    public static final String PIECE = "/api/scrutiny/pieces/{pieceId}";
    /** {@code POST}: move the piece on in its lifecycle. */
    public static final String PIECE_STATUS = "/api/scrutiny/pieces/{pieceId}/status";
    /** {@code POST}: log a scrutineer's day (or part) on the piece, against the chair's days allocation. */
    public static final String PIECE_DAYS = "/api/scrutiny/pieces/{pieceId}/days";
    /** {@code GET}: the piece's observations; {@code POST}: record one against a framework version. */
    public static final String PIECE_OBSERVATIONS = "/api/scrutiny/pieces/{pieceId}/observations";
    /** {@code GET}: the current observation framework; {@code POST}: a new version of it. */
    public static final String FRAMEWORK = "/api/scrutiny/framework";
    /** {@code GET}: every version of the framework, newest first. */
    public static final String FRAMEWORK_VERSIONS = "/api/scrutiny/framework/versions";
    /** {@code GET}: one version of the framework. */
    public static final String FRAMEWORK_VERSION = "/api/scrutiny/framework/versions/{version}";

    private ScrutinyPaths() {
    }
}
