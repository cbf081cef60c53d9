package uk.reviewhub.onboarding.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.onboarding.persistence.ChecklistQueries;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.util.List;

/**
 * The set-up checklist a new partnership's admin follows: each step says what it is for with an
 * example, is done or not as the partnership's data says (so it can be left and resumed), and
 * names the page that does it.
 */
@Singleton
public class SetupChecklists {

    /** One step; {@code link} is the UI route of the page that does it. */
    public record Step(String code, String title, String purpose, String example, boolean done, String link) {
    }

    private final ChecklistQueries queries;
    private final Clock clock;

    SetupChecklists(ChecklistQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The bound partnership's steps, in the order to do them. */
    public List<Step> steps() {
        ChecklistFacts f = queries.facts(LondonTime.today(clock));
        return List.of(
                new Step("agencies", "Agencies and the statutory partners",
                        "Who takes part: the three statutory partners (local authority, police, health) and the relevant "
                                + "agencies that sit on groups or refer cases.",
                        "Add your schools' lead as an Education agency, and Cafcass.",
                        f.statutoryPartners() && f.agencies() >= 4, "membership"),
                new Step("review-group", "The review group and its chair",
                        "The group that considers notifications and rapid reviews, with the chair who leads its decisions.",
                        "Give the Case Review Group's chair seat to your independent chair.",
                        f.chair(), "membership"),
                new Step("members", "The group's members",
                        "The posts that sit on the group, by agency, so attendance and quorum can be counted.",
                        "Add the Designated Nurse Safeguarding Children as a health member.",
                        f.adminSeats(), "membership"),
                new Step("terms-of-reference", "Terms of reference",
                        "How the group works: when it meets (cadence), what makes it quorate, the deadlines for papers, "
                                + "the measures it reports on, and when the terms are next reviewed.",
                        "Meets on the second Monday of each month; papers 5 working days before; review in a year.",
                        f.termsComplete(), "terms-of-reference"),
                new Step("templates", "Templates",
                        "The agenda, minutes and letters the partnership sends, in its own words and headings.",
                        "Put your partnership's name and logo text in the agenda's heading.",
                        f.templateEdited(), "templates"),
                new Step("national-figures", "Your population and neighbours for the national figures",
                        "The national figures give rates per 10,000 children and compare each partnership with England, "
                                + "its region and its statistical neighbours: they need your child population (aged 0 to 17, "
                                + "with the year and source of the estimate), your region and your neighbours.",
                        "The ONS mid-year estimate of children aged 0 to 17 in your local authorities, its year, and "
                                + "your region, such as the North West.",
                        f.comparators(), "how-we-compare"),
                new Step("invite-users", "Invite the people who will use Review Hub",
                        "Chairs, business support and members each need their own sign-in and role.",
                        "Invite your business support officer so they can plan the meetings.",
                        f.people() > 1, "membership"),
                new Step("first-meeting", "Plan the first meeting",
                        "The group's meetings, planned from its cadence or one at a time, with agenda and papers.",
                        "Plan next month's Case Review Group meeting.",
                        f.meeting(), "meetings"));
    }
}
