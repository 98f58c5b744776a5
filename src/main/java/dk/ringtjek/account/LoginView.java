package dk.ringtjek.account;

/**
 * What the login page says above the form.
 *
 * @param failed the last attempt had a wrong name or password
 * @param loggedOut the person just logged out
 * @param waitMinutes when over the login limit, how many minutes to wait; 0 otherwise
 * @param expired the form came back without its CSRF token (expired, or sent by another site)
 * @param formToken the CSRF token for the form when the page is sent from the security layer (the
 *        client's cookie, or "" without one); null on the login page itself, which takes the request's
 */
public record LoginView(boolean failed, boolean loggedOut, long waitMinutes, boolean expired, String formToken) {

    static LoginView plain() {
        return new LoginView(false, false, 0, false, null);
    }

    static LoginView throttled(long minutes, String formToken) {
        return new LoginView(false, false, minutes, false, formToken);
    }

    static LoginView expiredForm(String formToken) {
        return new LoginView(false, false, 0, true, formToken);
    }

    public boolean throttled() {
        return waitMinutes > 0;
    }
}
