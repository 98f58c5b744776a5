package dk.ringtjek.verdict.editor;

import java.util.List;

import dk.ringtjek.web.Flash;
import dk.ringtjek.web.FormErrors;

/**
 * The editor page of one number.
 *
 * @param display the number as people write it
 * @param publicPath the public number page
 * @param editorPath this page
 * @param form the fields, from the entry or as typed
 * @param errors what is wrong with what was typed
 * @param versions the latest saves, newest first
 * @param flash the message left by the last save, or null
 * @param newEntry the number has no entry yet
 */
public record EditorPage(String display, String publicPath, String editorPath, CuratedEntryForm form,
        FormErrors errors, List<CuratedEntryVersion> versions, Flash flash, boolean newEntry) {
}
