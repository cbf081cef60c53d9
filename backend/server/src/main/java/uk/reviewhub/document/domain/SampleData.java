package uk.reviewhub.document.domain;

import uk.reviewhub.api.document.TemplateKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data each kind of document is rendered with, as a filled-in example. It is the contract
 * between the code that builds document data (terms of reference here; agendas, minutes and
 * letters in the meetings feature) and the partnership's templates: a template is accepted only if
 * it renders against this sample, so it may use these fields and no others. Every document also
 * has {@code partnership} {name, shortName}, {@code group} {name, shortName} and
 * {@code generatedOn}. Values are strings (dates already formatted), lists and maps. An agenda
 * that is not yet published, and minutes not yet approved, are marked DRAFT by the renderer
 * whatever the template says.
 */
public final class SampleData {

    private SampleData() {
    }

    public static Map<String, Object> of(TemplateKind kind) {
        Map<String, Object> data = common();
        switch (kind) {
            case AGENDA -> {
                data.put("meeting", meeting());
                data.put("published", true);
                data.put("revision", 1);
                data.put("publishedOn", "28/02/2025");
                data.put("publishBy", "06/03/2025");
                data.put("items", List.of(
                        item(1, "Welcome, introductions and apologies", "Chair", null),
                        item(2, "Minutes of the last meeting and action log", "Chair", "Minutes 2025-01-23.pdf"),
                        item(3, "Rapid review: Child A", "Designated Nurse", "Rapid review report.docx")));
            }
            case MINUTES -> {
                data.put("meeting", meeting());
                data.put("status", "Approved");
                data.put("draft", false);
                data.put("approved", true);
                data.put("approvedOn", "24/04/2025");
                data.put("approvedAtMeeting", "24/04/2025");
                data.put("amendmentReason", "");
                data.put("approvedBy", "A. Chair");
                data.put("present", List.of(
                        person("Head of Children's Safeguarding", "Example Borough Council (Children's Services)", "Chair"),
                        person("Detective Inspector, Public Protection", "Police", "Member"),
                        deputy("Designated Nurse Safeguarding Children", "Integrated care board", "Member", "B. Deputy")));
                data.put("apologies", List.of(person("Named Nurse Safeguarding", "Acute trust", "Member")));
                data.put("quorum", Map.of("quorate", true, "verdict", "Quorate: 5 agencies including Police and Health"));
                data.put("items", List.of(minutesItem()));
                data.put("otherActions", List.of(Map.of("description", "Update the group's work programme",
                        "owner", "Business Support Officer", "agency", "Partnership business unit", "dueOn", "27/03/2025")));
            }
            case APOLOGY_FOLLOW_UP_LETTER -> {
                data.put("letterDate", "10/03/2025");
                data.put("recipient", person("Named Nurse Safeguarding", "Acute trust", "Member"));
                data.put("chair", person("Head of Children's Safeguarding", "Example Borough Council (Children's Services)", "Chair"));
                data.put("missedMeetings", List.of(
                        Map.of("title", "Case Review and Audit sub-group", "date", "23/01/2025"),
                        Map.of("title", "Case Review and Audit sub-group", "date", "06/03/2025")));
                data.put("nextMeeting", Map.of("title", "Case Review and Audit sub-group", "date", "17/04/2025",
                        "time", "10:00", "location", "Civic Centre, Swinton"));
            }
            case TERMS_OF_REFERENCE -> {
                data.put("termsOfReference", termsOfReference());
                data.put("members", List.of(
                        member("Head of Children's Safeguarding", "Example Borough Council (Children's Services)", "Chair", "Standing"),
                        member("Designated Doctor Safeguarding Children, CCG", "Clinical Commissioning Group (CCG)", "Vice chair", "Standing"),
                        member("Independent legal adviser", "Legal Services", "Adviser", "Co-opted")));
            }
            case CP_DECISION_LETTER, CP_FULL_RECORD -> {
                data.put("group", Map.of("name", "Safeguarding Review and Quality Assurance", "shortName", "SRQA"));
                data.put("child", Map.of("caseReference", "LCS-123456", "initials", "A.B.", "bornOn", "14/06/2019",
                        "expectedOn", "", "borough", "Westminster"));
                data.put("conference", Map.of("title", "Initial child protection conference", "heldOn", "03/03/2025",
                        "plannedOn", "03/03/2025", "quorum", "quorate: 3 agencies including Local authority",
                        "delayReason", "", "reportsSharedOn", "27/02/2025"));
                data.put("chair", Map.of("name", "A. Chair"));
                data.put("issue", Map.of("number", 1, "issuedOn", "04/03/2025", "amended", false, "amendmentReason", ""));
                data.put("present", List.of(Map.of("agency", "Children's Services", "roleTitle", "Social worker", "report", "27/02/2025")));
                data.put("apologies", List.of(Map.of("agency", "Schools", "roleTitle", "Designated safeguarding lead", "report", "")));
                data.put("participation", Map.of("childAttended", "No", "childViews", "Shared through an advocate",
                        "advocateOffered", "Yes", "parentsAttended", "Yes", "parentsViews", "Agree with the plan"));
                data.put("outcome", Map.of("decision", "Child protection plan", "category", "Neglect",
                        "reasons", "Risk of significant harm from neglect", "dissent", "", "leadSocialWorker", "Social worker, Westminster",
                        "coreGroup", "School, health visitor, social worker", "outlinePlan", "Weekly visits; nursery place",
                        "contingencyPlan", "Legal planning meeting", "carePlanScrutiny", "", "nextOn", "03/06/2025"));
                data.put("actions", List.of(Map.of("description", "Refer to CAMHS", "owner", "Social worker", "dueOn", "31/03/2025",
                        "status", "Open")));
            }
            case SCRUTINY_REPORT -> {
                Map<String, Object> piece = new LinkedHashMap<>();
                piece.put("title", "Front door triage");
                piece.put("scope", "How contacts are triaged at the front door");
                piece.put("questions", List.of(Map.of("text", "Are thresholds applied consistently?")));
                piece.put("methods", List.of(Map.of("name", "Observations of frontline practice"), Map.of("name", "Focus groups")));
                piece.put("commissionedBy", "Lead Safeguarding Partners");
                piece.put("commissionedOn", "06/01/2025");
                piece.put("lead", "A. Scrutineer");
                piece.put("team", "B. Scrutineer");
                piece.put("status", "Reporting");
                piece.put("reportDue", "04/04/2025");
                piece.put("reportedOn", "");
                piece.put("daysLogged", "4.5");
                data.put("piece", piece);
                data.put("evidence", List.of(Map.of("kind", "Observations of frontline practice", "count", 3),
                        Map.of("kind", "Focus group", "count", 1)));
                data.put("observationCount", 3);
                data.put("chartTitle", "Observations per rating in each domain");
                data.put("themeRows", List.of(themeRow("Voice of the child", "Good", 2), themeRow("Voice of the child", "Inadequate", 1)));
                data.put("findings", List.of(Map.of("title", "Thresholds are applied consistently", "rating", "Good",
                        "text", "Decisions at the front door were timely and explained.",
                        "evidence", "2 observations, 1 focus group")));
            }
            case SCRUTINY_ANNUAL_SUMMARY -> {
                data.put("year", Map.of("label", "2024-25", "from", "01/04/2024", "to", "31/03/2025"));
                data.put("pieces", Map.of("commissioned", 3, "completed", 2, "open", 1));
                data.put("pieceRows", List.of(Map.of("title", "Front door triage", "commissionedOn", "06/01/2025",
                        "status", "Complete", "reportedOn", "20/03/2025")));
                data.put("evidence", List.of(Map.of("kind", "Observations of frontline practice", "count", 12),
                        Map.of("kind", "Focus group", "count", 2)));
                data.put("chartTitle", "Observations per rating in each domain");
                data.put("themeRows", List.of(themeRow("Voice of the child", "Good", 8)));
                data.put("days", Map.of("scrutiny", "14", "chairing", "20.5", "used", "34.5", "allocation", "40", "remaining", "5.5"));
            }
            case PERFORMANCE_REPORT -> {
                data.put("period", Map.of("from", "01/04/2024", "to", "31/03/2025"));
                data.put("amberBandPoints", 10);
                data.put("measures", List.of(
                        measure("Planned meetings take place", "80% (4 of 5)", "90%", false, "Amber: just below the target",
                                "4 of 5 planned meetings held (80%): just below the target of 90%."),
                        measure("Apologies always received", "No data", "100%", true, "No data",
                                "Nobody was missing from the meetings held in the period.")));
            }
        }
        return data;
    }

    private static Map<String, Object> themeRow(String domainName, String rating, int count) {
        return Map.of("domainName", domainName, "rating", rating, "count", count);
    }

    private static Map<String, Object> common() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", Map.of("name", "Example Safeguarding Children Partnership", "shortName", "ESCP"));
        data.put("group", Map.of("name", "Case Review and Audit sub-group", "shortName", "CRAG"));
        data.put("generatedOn", "01/03/2025");
        return data;
    }

    private static Map<String, Object> meeting() {
        return Map.of("title", "Case Review and Audit sub-group", "date", "13/03/2025", "time", "10:00",
                "location", "Civic Centre, Swinton", "kind", "Planned");
    }

    private static Map<String, Object> item(int number, String title, String presenter, String paper) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", number);
        item.put("title", title);
        item.put("presenter", presenter);
        item.put("late", false);
        item.put("papers", paper == null ? List.of() : List.of(Map.of("name", paper)));
        return item;
    }

    private static Map<String, Object> minutesItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", 3);
        item.put("title", "Rapid review: Child A");
        item.put("notes", "The group considered the rapid review report.");
        item.put("decisions", List.of(Map.of("text", "Recommend a local child safeguarding practice review.")));
        item.put("actions", List.of(Map.of("description", "Send the recommendation to the safeguarding partners",
                "owner", "Business Support Officer", "agency", "Partnership business unit", "dueOn", "20/03/2025")));
        return item;
    }

    private static Map<String, Object> measure(String label, String result, String target, boolean defaultTarget, String status,
                                               String text) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("label", label);
        measure.put("result", result);
        measure.put("target", target);
        measure.put("defaultTarget", defaultTarget);
        measure.put("status", status);
        measure.put("text", text);
        return measure;
    }

    private static Map<String, Object> person(String positionTitle, String agency, String role) {
        return Map.of("name", "A. Person", "positionTitle", positionTitle, "agency", agency, "role", role,
                "deputy", "", "delegatedAuthority", false);
    }

    /** A seat filled by a deputy, named in the minutes. */
    private static Map<String, Object> deputy(String positionTitle, String agency, String role, String deputy) {
        return Map.of("name", deputy + " (deputy)", "positionTitle", positionTitle, "agency", agency, "role", role,
                "deputy", deputy, "delegatedAuthority", true);
    }

    private static Map<String, Object> member(String positionTitle, String agency, String role, String kind) {
        return Map.of("positionTitle", positionTitle, "agency", agency, "role", role, "membershipKind", kind);
    }

    private static Map<String, Object> termsOfReference() {
        Map<String, Object> tor = new LinkedHashMap<>();
        tor.put("version", 1);
        tor.put("purpose", "To oversee case reviews and multi-agency audits.");
        tor.put("functions", List.of("Consider referrals for case reviews", "Commission and monitor multi-agency audits"));
        tor.put("reportingLine", "Reports to the Partnership Executive Group");
        tor.put("cadence", Map.of("description", "Every six weeks", "durationMinutes", 120, "minimumMeetingsPerYear", 8,
                "notes", "To an agreed work programme"));
        tor.put("quorum", Map.of("description", "Members from at least 4 agencies"));
        tor.put("deadlines", List.of(
                Map.of("label", "Agenda items and papers to the chair", "workingDays", 10, "direction", "before"),
                Map.of("label", "Minutes circulated", "workingDays", 14, "direction", "after")));
        tor.put("performanceMeasures", List.of(
                Map.of("label", "Planned meetings take place", "targetPercent", 90),
                Map.of("label", "Apologies always received", "targetPercent", "")));
        tor.put("links", List.of("Partnership safeguarding procedures"));
        tor.put("lastReviewedOn", "01/09/2017");
        tor.put("reviewDueOn", "01/09/2018");
        return tor;
    }
}
