package org.secplan.site;

import java.util.List;
import java.util.Optional;

import org.secplan.control.EndorsementMessages;
import org.secplan.control.EntityChange;
import org.secplan.control.PageChange;
import org.secplan.control.PlanChanges;
import org.secplan.control.PropertyChange;
import org.secplan.plan.Entity;

/**
 * The page "Changes since endorsement": whether the plan still has the content top management endorsed, and each
 * element and page changed since, as this edition's audience may see both versions.
 */
final class ChangesPage {

    private final PlanIndex index;
    private final Fmt fmt;
    private final DocumentControl control;
    private final boolean readsEverything;

    ChangesPage(PlanIndex index, Fmt fmt, DocumentControl control, boolean readsEverything) {
        this.index = index;
        this.fmt = fmt;
        this.control = control;
        this.readsEverything = readsEverything;
    }

    Page page() {
        StringBuilder a = new StringBuilder();
        var e = control.endorsement();
        a.append("[.sp-lead]\n").append(Adoc.text("Top management endorsed version " + e.version() + " of the plan"
                + (e.endorsedOn().isEmpty() ? "" : " on " + e.endorsedOn())
                + (e.endorsementId().isEmpty() ? "" : " (" + e.endorsementId() + ")") + ", bound to its content by the digest " + e.endorsedDigest() + ".")).append("\n\n");
        if (e.unchanged()) {
            a.append("[.sp-ok]\n").append(Adoc.text("The plan's content is unchanged since: its digest is still "
                    + control.digest() + ".")).append("\n\n");
        } else {
            a.append("[.sp-flag-error]\n").append(Adoc.text("The plan has changed since it was endorsed: its content "
                    + "now has the digest " + control.digest() + ". Until top management endorses the changed plan, "
                    + "this edition is not the endorsed plan.")).append("\n\n");
            PlanChanges changes = control.changes();
            if (changes == null) {
                a.append(Adoc.text(e.snapshotProblem().isEmpty() ? "What changed cannot be told."
                        : capitalized(e.snapshotProblem()) + ".")).append("\n\n");
            } else {
                a.append(Adoc.section(1, "changed-elements", "Changed elements"));
                a.append(elements(changes.entities()));
                if (readsEverything) {
                    a.append(Adoc.section(1, "changed-pages", "Changed pages"));
                    a.append(pages(changes.pages()));
                } else {
                    a.append(Adoc.text("Changes to the plan's narrative pages are listed in "
                            + "the edition that reads every level.")).append("\n\n");
                }
            }
        }
        return new Page(SitePaths.CHANGES, "Changes since endorsement", SitePaths.CHANGES,
                List.of(new Crumb("Home", SitePaths.HOME)), a.toString(), null, "Changes since endorsement", null,
                null, null);
    }

    private String elements(List<EntityChange> changes) {
        Tables t = new Tables("2,1,2,2,2", "sp-changes", "Element", "Change", "Property", "Before", "After");
        for (EntityChange c : changes) {
            String element = element(c);
            if (c.properties().isEmpty()) {
                t.row(element, Adoc.text(c.kind().name()), "", "", "");
            }
            for (PropertyChange p : c.properties()) {
                t.row(element, Adoc.text(c.kind().name()), Adoc.text(p.property()),
                        Adoc.text(String.join(", ", p.previous())), Adoc.text(String.join(", ", p.current())));
            }
        }
        return t.render("No element of the plan this edition shows has changed.");
    }

    /** A link to the element's page when this edition has it (not for an element removed since). */
    private String element(EntityChange c) {
        Optional<Entity> now = c.kind() == EntityChange.Kind.removed ? Optional.empty() : index.byIdentifier(c.identifier());
        return now.map(fmt::ref).orElseGet(() -> Adoc.text(c.title()));
    }

    private static String pages(List<PageChange> changes) {
        Tables t = new Tables("3,1,2", "sp-changes", "Page", "Change", "Where");
        for (PageChange p : changes) {
            t.row(Adoc.text(p.path()), Adoc.text(p.kind().name()), Adoc.text(p.detail()));
        }
        return t.render("No page has changed.");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The home page's document-control rows: the content digest and whether the endorsement still covers it. */
    static void rows(Tables t, DocumentControl control) {
        if (control.digest() == null) {
            return;
        }
        t.row(Adoc.text("Content digest"), "`" + Adoc.text(control.digest()) + "`");
        if (!control.bound()) {
            t.row(Adoc.text("Bound to content"), Adoc.text("no endorsement records a content digest"));
            return;
        }
        var e = control.endorsement();
        String by = e.endorsementId().isEmpty() ? "the endorsement" : e.endorsementId();
        String state = e.unchanged() ? "unchanged since " + by + " endorsed it"
                : "CHANGED since " + by + " endorsed " + EndorsementMessages.abbreviated(e.endorsedDigest());
        t.row(Adoc.text("Bound to content"), Adoc.text(state) + " — " + Adoc.link(SitePaths.CHANGES, "changes since endorsement"));
    }
}
