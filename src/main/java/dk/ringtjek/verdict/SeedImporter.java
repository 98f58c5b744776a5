package dk.ringtjek.verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.NumberChanges;
import dk.ringtjek.number.PhoneNumberRepository;
import dk.ringtjek.report.BlocklistMembership;

/**
 * Imports the curated seed file at start-up. Idempotent: an unchanged entry is left alone, a changed
 * one is updated, and an entry an editor has touched since is never overwritten.
 */
@ApplicationScoped
public class SeedImporter {

    static final String SEED_FILE = "seed/curated-entries.json";
    // one importer at a time when several instances start together
    private static final long ADVISORY_LOCK = 0x5EED;

    private final ObjectMapper json;
    private final NumberNormaliser normaliser;
    private final PhoneNumberRepository numbers;
    private final EntityManager em;
    private final NumberChanges changes;
    private final BlocklistMembership blocklist;

    public SeedImporter(ObjectMapper json, NumberNormaliser normaliser, PhoneNumberRepository numbers,
            EntityManager em, NumberChanges changes, BlocklistMembership blocklist) {
        this.json = json;
        this.normaliser = normaliser;
        this.numbers = numbers;
        this.em = em;
        this.changes = changes;
        this.blocklist = blocklist;
    }

    void onStart(@Observes StartupEvent event) {
        importSeed();
    }

    /** Brings the database in line with the seed file; returns how many entries it wrote. */
    @Transactional
    public int importSeed() {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", ADVISORY_LOCK)
                .getSingleResult();
        int written = 0;
        for (SeedEntry seed : readSeed()) {
            if (apply(seed)) {
                written++;
            }
        }
        Log.infof("Curated seed imported: %d entries written", written);
        return written;
    }

    private boolean apply(SeedEntry seed) {
        Number number = normaliser.normalise(seed.number());
        long numberId = numbers.idOf(number);
        String hash = hashOf(seed);
        CuratedEntry entry = CuratedEntry.findForNumber(numberId).orElse(null);
        if (entry != null && (entry.origin == CuratedEntry.Origin.EDITOR || hash.equals(entry.seedHash))) {
            return false;
        }
        if (entry == null) {
            entry = new CuratedEntry();
            entry.numberId = numberId;
            entry.origin = CuratedEntry.Origin.SEED;
        }
        seed.applyTo(entry);
        entry.seedHash = hash;
        entry.updatedAt = OffsetDateTime.now();
        entry.persist();
        blocklist.sync(numberId); // a verdict of legitimate takes the number off the blocklist
        changes.changed(number.e164());
        return true;
    }

    private List<SeedEntry> readSeed() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED_FILE)) {
            if (in == null) {
                return List.of();
            }
            return json.readValue(in, new TypeReference<List<SeedEntry>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The seed file " + SEED_FILE + " could not be read", e);
        }
    }

    private String hashOf(SeedEntry seed) {
        try {
            byte[] canonical = json.writeValueAsString(seed).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
