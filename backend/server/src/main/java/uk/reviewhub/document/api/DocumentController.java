package uk.reviewhub.document.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Documents made with the partnership's templates, as PDF or DOCX files. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Documents")
class DocumentController {

    private static final Pattern FILE = Pattern.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\.(pdf|docx)");

    private final TermsOfReferenceDocument termsOfReference;

    DocumentController(TermsOfReferenceDocument termsOfReference) {
        this.termsOfReference = termsOfReference;
    }

    @Get(value = ApiPaths.TERMS_OF_REFERENCE_DOCUMENT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    @Operation(summary = "A group's current terms of reference: {groupId}.pdf or {groupId}.docx")
    HttpResponse<byte[]> termsOfReference(@PathVariable String file) {
        Matcher m = FILE.matcher(file);
        if (!m.matches()) {
            throw new InvalidFieldException("file", "Ask for {groupId}.pdf or {groupId}.docx, where groupId is the group's id.");
        }
        UUID groupId = UUID.fromString(m.group(1));
        DocumentFormat format = DocumentFormat.ofExtension(m.group(2));
        RenderedDocument document = termsOfReference.render(groupId, format)
                .orElseThrow(() -> new NotFoundException("No such group in this partnership."));
        return HttpResponse.ok(document.content())
                .contentType(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"terms-of-reference-" + groupId + "." + format.extension() + "\"");
    }
}
