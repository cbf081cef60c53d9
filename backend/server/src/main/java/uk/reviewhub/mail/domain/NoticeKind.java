package uk.reviewhub.mail.domain;

import java.util.List;

/**
 * The notices of the meetings feature, each a subject and a plain-text body (logic-less Mustache
 * over the data given, nothing escaped since it is not HTML). {@code fields} are the data each
 * needs besides {@code partnership.name} and {@code group.name}; missing ones render as nothing.
 */
public enum NoticeKind {
    ITEM_DEADLINE(
            "{{group.name}}: agenda items due by {{deadline}}",
            """
            Agenda items and papers for the {{group.name}} meeting on {{meeting.date}} are due by {{deadline}} \
            ({{workingDays}} working days before the meeting).

            Submit them in Review Hub. Items that arrive later are marked late and the chair decides whether to take them.

            {{partnership.name}}
            """,
            List.of("meeting.date", "deadline", "workingDays")),
    AGENDA_PUBLISHED(
            "{{group.name}}: agenda for {{meeting.date}} published",
            """
            The agenda and papers for the {{group.name}} meeting on {{meeting.date}}{{#meeting.time}} at {{meeting.time}}{{/meeting.time}}\
            {{#meeting.location}}, {{meeting.location}}{{/meeting.location}} are now in Review Hub.

            {{#items}}
            {{number}}. {{title}}
            {{/items}}

            {{partnership.name}}
            """,
            List.of("meeting.date", "meeting.time", "meeting.location", "items[number, title]")),
    MINUTES_CIRCULATED(
            "{{group.name}}: minutes of {{meeting.date}}",
            """
            The minutes of the {{group.name}} meeting on {{meeting.date}} are now in Review Hub{{#actionCount}}, \
            with {{actionCount}} actions{{/actionCount}}. Please check the actions assigned to you.

            {{partnership.name}}
            """,
            List.of("meeting.date", "actionCount")),
    ACTION_DUE(
            "{{group.name}}: action {{#overdue}}overdue since{{/overdue}}{{^overdue}}due{{/overdue}} {{action.dueOn}}",
            """
            This action from the {{group.name}} {{#overdue}}was due on {{action.dueOn}} and is not yet complete{{/overdue}}\
            {{^overdue}}is due on {{action.dueOn}}{{/overdue}}:

            {{action.description}}

            Owner: {{action.owner}}{{#action.agency}} ({{action.agency}}){{/action.agency}}
            Please update its status in Review Hub.

            {{partnership.name}}
            """,
            List.of("action.description", "action.owner", "action.agency", "action.dueOn", "overdue")),
    TERMS_OF_REFERENCE_REVIEW(
            "{{group.name}}: terms of reference review {{#passed}}overdue since{{/passed}}{{^passed}}due{{/passed}} {{reviewDueOn}}",
            """
            {{#passed}}The review of the {{group.name}}'s terms of reference was due on {{reviewDueOn}} and no new \
            review date has been recorded.{{/passed}}{{^passed}}The terms of reference of the {{group.name}} are due \
            for review on {{reviewDueOn}}.{{/passed}}

            Partnership admins review and edit them in Review Hub; saving them with a new review date makes a new version.

            {{partnership.name}}
            """,
            List.of("reviewDueOn", "passed"));

    private final String subject;
    private final String body;
    private final List<String> fields;

    NoticeKind(String subject, String body, List<String> fields) {
        this.subject = subject;
        this.body = body;
        this.fields = fields;
    }

    public String subjectTemplate() {
        return subject;
    }

    public String bodyTemplate() {
        return body;
    }

    public List<String> fields() {
        return fields;
    }
}
