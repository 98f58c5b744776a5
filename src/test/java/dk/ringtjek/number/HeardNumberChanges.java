package dk.ringtjek.number;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records the numbers whose change this instance heard of, for tests of {@link NumberChangeListener}. */
@ApplicationScoped
public class HeardNumberChanges {

    private final Set<String> heard = ConcurrentHashMap.newKeySet();

    void heard(@Observes NumberChanged change) {
        heard.add(change.e164());
    }

    public boolean contains(String e164) {
        return heard.contains(e164);
    }
}
