package dk.ringtjek.owner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.number.NumberChanges;

/** Pinning an owner's notice above a number's reports, and an editor removing it; each in the audit log. */
@ApplicationScoped
public class OwnerNotices {

    /** A pinned notice for the editors' list. */
    public record NoticeRow(long numberId, String e164, String ownerName, String body, OffsetDateTime createdAt) {
    }

    private final NumberChanges changes;
    private final Clock clock;

    public OwnerNotices(NumberChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Pins (or replaces) the owner's notice on their number; false when the text is empty. */
    @Transactional
    public boolean pin(Ownership owner, String text, boolean spoofed) {
        String body = OwnerText.clean(text, OwnerNotice.BODY_MAX);
        if (body == null) {
            return false;
        }
        changes.lockForChange(owner.numberId());
        OwnerNotice notice = OwnerNotice.findById(owner.numberId());
        if (notice == null) {
            notice = new OwnerNotice();
            notice.numberId = owner.numberId();
        }
        notice.accountId = owner.accountId();
        notice.ownerName = owner.ownerName();
        notice.body = body;
        notice.spoofed = spoofed;
        notice.createdAt = OffsetDateTime.now(clock);
        notice.persist();
        ModerationAction.record(null, owner.numberId(), "owner:" + owner.accountId(), ModerationAction.Kind.NOTICE_PIN,
                null, null);
        return true;
    }

    /** An editor removes a number's notice; false when there is none. */
    @Transactional
    public boolean remove(long numberId, String editor, String reason) {
        if (OwnerNotice.findById(numberId) == null) {
            return false;
        }
        changes.lockForChange(numberId);
        OwnerNotice.deleteById(numberId);
        ModerationAction.record(null, numberId, editor, ModerationAction.Kind.NOTICE_REMOVE, null, reason);
        return true;
    }

    @Transactional
    public List<NoticeRow> pinned() {
        return OwnerNotice.getEntityManager().createQuery("""
                select new dk.ringtjek.owner.OwnerNotices$NoticeRow(n.numberId, p.e164, n.ownerName, n.body, n.createdAt)
                from OwnerNotice n, PhoneNumber p where p.id = n.numberId order by n.createdAt desc""", NoticeRow.class)
                .setMaxResults(200).getResultList();
    }
}
