package dk.ringtjek.owner;

/**
 * One number an owner account may act on, and how the owner is named there.
 *
 * @param ownerName the organisation's name, or the contact's for a private person (never shown publicly)
 */
public record Ownership(long accountId, long numberId, String e164, String ownerName, boolean privatePerson) {
}
