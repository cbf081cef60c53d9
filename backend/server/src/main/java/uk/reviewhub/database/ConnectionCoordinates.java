package uk.reviewhub.database;

/**
 * How to log in to the application database as one role.
 *
 * @param url      JDBC url
 * @param user     role name
 * @param password password (never logged)
 */
public record ConnectionCoordinates(String url, String user, String password) {

    @Override
    public String toString() {
        return "ConnectionCoordinates[url=" + url + ", user=" + user + "]";
    }
}
