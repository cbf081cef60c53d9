package uk.reviewhub.api.mail;

import io.micronaut.http.annotation.Get;
import uk.reviewhub.api.ApiPaths;

import java.util.List;

/** The partnership's reminders and notices, one per recipient, with their status (partnership admins). */
public interface RemindersApi {

    @Get(ApiPaths.REMINDERS)
    List<NoticeLogView> reminders();
}
