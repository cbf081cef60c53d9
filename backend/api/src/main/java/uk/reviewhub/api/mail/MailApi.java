package uk.reviewhub.api.mail;

import io.micronaut.http.annotation.Get;
import uk.reviewhub.api.ApiPaths;

import java.util.List;

/** The partnership's sent and held messages (partnership admins and business support). */
public interface MailApi {

    @Get(ApiPaths.OUTBOX)
    List<OutboxMessageView> outbox();
}
