package uk.reviewhub.document.domain;

/** A rendered document: its bytes, format and the HTML it was made from. */
public record RenderedDocument(byte[] content, DocumentFormat format, String html) {
}
