package dk.ringtjek.verdict;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads the official information of a number. */
@ApplicationScoped
public class VerdictService {

    public Optional<CuratedEntry> findForNumber(long numberId) {
        return CuratedEntry.findForNumber(numberId);
    }
}
