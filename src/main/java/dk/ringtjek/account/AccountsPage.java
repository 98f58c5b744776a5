package dk.ringtjek.account;

import java.util.List;

import dk.ringtjek.web.Flash;
import dk.ringtjek.web.FormErrors;

/**
 * The account admin page: every account, the form for a new one, and what went wrong.
 *
 * @param accounts all accounts by username
 * @param form the new-account form as typed (empty on a plain visit)
 * @param errors problems with the new-account form
 * @param passwordErrors problems with a password reset, under the field "password-{id}"
 * @param flash the message left by the last action, or null
 * @param me the admin looking, who cannot disable their own account
 */
public record AccountsPage(List<StaffAccount> accounts, NewAccountForm form, FormErrors errors,
        FormErrors passwordErrors, Flash flash, String me) {

    public List<StaffRole> roles() {
        // owners get their account from an approved claim (owner package), never from this page
        return java.util.Arrays.stream(StaffRole.values()).filter(role -> role != StaffRole.OWNER).toList();
    }

    public String passwordField(StaffAccount account) {
        return "password-" + account.id;
    }
}
