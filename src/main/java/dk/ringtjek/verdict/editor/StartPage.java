package dk.ringtjek.verdict.editor;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The editors' start page: find a number to edit, and the latest saves.
 *
 * @param query what was typed in the number box, or empty
 * @param problem the message key when that was not a number, or null
 * @param recent the latest saves anywhere
 */
public record StartPage(String query, String problem, List<Recent> recent) {

    /** A recent save, ready to show. */
    public record Recent(String display, String editorPath, String ownerName, String editor,
            OffsetDateTime at) {
    }
}
