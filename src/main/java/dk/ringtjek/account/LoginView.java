package dk.ringtjek.account;

/**
 * What the login page says above the form.
 *
 * @param failed the last attempt had a wrong name or password
 * @param loggedOut the person just logged out
 * @param waitMinutes when over the login limit, how many minutes to wait; 0 otherwise
 */
public record LoginView(boolean failed, boolean loggedOut, long waitMinutes) {

    static LoginView plain() {
        return new LoginView(false, false, 0);
    }

    static LoginView throttled(long minutes) {
        return new LoginView(false, false, minutes);
    }

    public boolean throttled() {
        return waitMinutes > 0;
    }
}
