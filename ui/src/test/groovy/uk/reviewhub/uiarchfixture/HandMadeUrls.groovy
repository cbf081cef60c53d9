package uk.reviewhub.uiarchfixture

import uk.reviewhub.api.ApiPaths

/**
 * Deliberately wrong (scanned only by UiArchitectureSpec): expands a path template of the contract
 * and writes a path of its own, as the UI's clients did before the declarative clients.
 */
class HandMadeUrls {

    static String caseAddress(UUID caseId) {
        ApiPaths.CASE.replace('{caseId}', caseId.toString())
    }

    static String ownAddress(UUID meetingId) {
        '/api/meetings/' + meetingId + '/agenda'
    }
}
