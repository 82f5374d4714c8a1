package org.journeymaps.devhost.directory;

import java.util.List;
import java.util.Locale;

import static org.journeymaps.devhost.directory.SpacePermission.COMMENT;
import static org.journeymaps.devhost.directory.SpacePermission.EDITSPACE;
import static org.journeymaps.devhost.directory.SpacePermission.SETSPACEPERMISSIONS;
import static org.journeymaps.devhost.directory.SpacePermission.VIEWSPACE;

/** The demo site: four users, two spaces, and the pages that will hold the demo journey maps (three in DEMO, one in CAROL). */
public final class DemoDirectory {

    public static final String DEMO_SPACE = "DEMO";
    public static final String CAROL_SPACE = "CAROL";
    public static final List<String> DEMO_PAGE_TITLES = List.of(
            "Parcours d'achat d'une veste d'hiver",
            "Parcours d'un ticket au centre de services",
            "Du besoin à la recommandation");
    /** Carol's own page: a map the DEMO users must not see. */
    public static final String CAROL_PAGE_TITLE = "Customer onboarding journey";

    /** What a demo page shows until a {@code DemoSeeder} puts its journey map in. */
    public static final String PLACEHOLDER_BODY = "<p>Cette page accueillera une carte de parcours.</p>";

    private DemoDirectory() {
    }

    /** Fills an empty directory; always in the same order, so page ids are the same on every start. */
    public static DevDirectory seed(DevDirectory directory) {
        directory.addUser("admin", "Administrator", "admin", Locale.ENGLISH, true);
        directory.addUser("alice", "Alice Martin", "alice", Locale.FRENCH, false);
        directory.addUser("bob", "Bob Durand", "bob", Locale.ENGLISH, false);
        directory.addUser("carol", "Carol Jones", "carol", Locale.ENGLISH, false);

        directory.addSpace(DEMO_SPACE, "Expérience client");
        directory.grant(DEMO_SPACE, "admin", VIEWSPACE, COMMENT, EDITSPACE, SETSPACEPERMISSIONS);
        directory.grant(DEMO_SPACE, "alice", VIEWSPACE, COMMENT, EDITSPACE);
        directory.grant(DEMO_SPACE, "bob", VIEWSPACE, COMMENT);

        directory.addSpace(CAROL_SPACE, "Carol's space");
        directory.grant(CAROL_SPACE, "carol", VIEWSPACE, COMMENT, EDITSPACE, SETSPACEPERMISSIONS);

        for (String title : DEMO_PAGE_TITLES) {
            directory.createPage(DEMO_SPACE, title, PLACEHOLDER_BODY);
        }
        directory.createPage(CAROL_SPACE, CAROL_PAGE_TITLE, PLACEHOLDER_BODY);
        return directory;
    }
}
