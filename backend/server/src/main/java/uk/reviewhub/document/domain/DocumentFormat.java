package uk.reviewhub.document.domain;

/** What a document is rendered to. */
public enum DocumentFormat {
    HTML("text/html; charset=utf-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format for a file extension ("pdf", "docx", "html"), or null. */
    public static DocumentFormat ofExtension(String extension) {
        for (DocumentFormat format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return format;
            }
        }
        return null;
    }
}
