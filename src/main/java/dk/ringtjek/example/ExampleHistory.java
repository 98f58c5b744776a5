package dk.ringtjek.example;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.config.RingtjekConfig;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.ReportInput;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.TrendRules;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Verdict;
import dk.ringtjek.verdict.editor.CuratedEntryEditor;
import dk.ringtjek.verdict.editor.CuratedEntryForm;

/**
 * Two years of made-up reports on a few of the example numbers, so that a local run's weekly charts,
 * waves and call-time heatmaps show something: a steady business with daytime calls, a seller calling
 * in the evening with a wave of complaints months ago, and a ping-call number quiet for long and in a
 * wave now. Only with ringtjek.example-data=true; a number that already has reports older than a week
 * is left alone, so a restart adds nothing. Random but repeatable (a fixed seed).
 */
@ApplicationScoped
class ExampleHistory {

    private static final int WEEKS = 104;
    private static final long SEED = 18;
    /** The example number whose official entry gets an earlier verdict, for the verdict's timeline. */
    private static final String VERDICT_NUMBER = "70 11 40 40";
    private static final String EXAMPLE_EDITOR = "eksempel";

    /** How one example number behaves: reports a week, its opinions, when it calls, and its waves. */
    private record Profile(String number, double perWeek, double praise, double complaints, Category category,
            int firstHour, int lastHour, boolean weekdaysOnly, List<Integer> waveWeeksAgo, List<String> comments) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("70 11 40 40", 1.2, 0.6, 0.15, Category.CUSTOMER_SERVICE, 8, 17, true, List.of(),
                    List.of("Ringede om min fejlmelding, venlige og hurtige.", "Opfølgning på teknikerbesøget.",
                            "Ventede længe, men sagen blev løst.", "Ville sælge mig et hurtigere abonnement.")),
            new Profile("20 12 34 56", 0.8, 0.05, 0.7, Category.ROBINSON_IGNORED, 17, 20, false, List.of(30, 29),
                    List.of("Sælger af elaftaler igen, trods Robinsonlisten.", "Ringer ved aftensmaden hver uge.",
                            "Påstod, at jeg havde bedt om et tilbud. Det har jeg ikke.", "Lagde på, da jeg sagde nej.")),
            new Profile("+44 7400 123456", 0.2, 0, 0.9, Category.WANGIRI, 0, 5, false, List.of(1, 0),
                    List.of("Ét ring midt om natten.", "Ring ikke tilbage, det koster.", "Ubesvaret opkald kl. 3.")));

    private final RingtjekConfig config;
    private final NumberNormaliser normaliser;
    private final ReportService reports;
    private final ClientKey clientKey;
    private final EntityManager em;
    private final Clock clock;
    private final CuratedEntryEditor editor;

    ExampleHistory(RingtjekConfig config, NumberNormaliser normaliser, ReportService reports, ClientKey clientKey,
            EntityManager em, Clock clock, CuratedEntryEditor editor) {
        this.config = config;
        this.normaliser = normaliser;
        this.reports = reports;
        this.clientKey = clientKey;
        this.em = em;
        this.clock = clock;
        this.editor = editor;
    }

    // after ExampleData (whose reports are today's) and after the seed import (the verdict's history)
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.exampleData()) {
            return;
        }
        Instant now = clock.instant();
        Random random = new Random(SEED);
        int added = 0;
        for (Profile profile : PROFILES) {
            Number number = normaliser.normalise(profile.number());
            if (hasOldReports(number, now)) {
                continue;
            }
            List<Planned> planned = plan(profile, random, now);
            for (int i = 0; i < planned.size(); i++) {
                Planned report = planned.get(i);
                reports.submitAt(number, report.input(), clientKey.ofAddress("example:" + profile.number() + ":" + i),
                        report.at());
                added++;
            }
        }
        Log.infof("Example data: %d made-up reports over two years added", added);
        verdictHistory(normaliser.normalise(VERDICT_NUMBER), now);
    }

    /**
     * Two made-up saves of the seeded entry, if it has none: first as a seller two years ago, then with
     * its own verdict a month ago, so that the page shows "Legitim siden ..." with an earlier verdict.
     */
    private void verdictHistory(Number number, Instant now) {
        CuratedEntry entry = editor.find(number).orElse(null);
        if (entry == null || !editor.versions(entry).isEmpty()) {
            return;
        }
        Verdict verdict = entry.verdict;
        CuratedEntryForm form = CuratedEntryForm.of(entry);
        form.verdict = Verdict.SALES.name();
        editor.save(number, form, EXAMPLE_EDITOR);
        form = CuratedEntryForm.of(editor.find(number).orElseThrow());
        form.verdict = verdict.name();
        editor.save(number, form, EXAMPLE_EDITOR);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update curated_entry_version set created_at = case when id = (
                        select max(id) from curated_entry_version where entry_id = :entry)
                    then cast(:recent as timestamptz) else cast(:old as timestamptz) end
                where entry_id = :entry""")
                .setParameter("recent", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(31)), ZoneOffset.UTC))
                .setParameter("old", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(2 * 365)), ZoneOffset.UTC))
                .setParameter("entry", entry.id)
                .executeUpdate());
    }

    private record Planned(Instant at, ReportInput input) {
    }

    private static List<Planned> plan(Profile profile, Random random, Instant now) {
        LocalDate thisWeek = TrendRules.weekOf(now);
        List<Planned> planned = new ArrayList<>();
        for (int weeksAgo = WEEKS - 1; weeksAgo >= 0; weeksAgo--) {
            boolean wave = profile.waveWeeksAgo().contains(weeksAgo);
            double expected = wave ? 9 : profile.perWeek();
            int count = (int) Math.floor(expected + random.nextDouble());
            for (int i = 0; i < count; i++) {
                LocalDate day = thisWeek.minusWeeks(weeksAgo).plusDays(random.nextInt(profile.weekdaysOnly() ? 5 : 7));
                int hour = profile.firstHour() + random.nextInt(profile.lastHour() - profile.firstHour() + 1);
                LocalTime time = LocalTime.of(hour, random.nextInt(60));
                Instant at = day.atTime(time).atZone(TrendRules.ZONE).toInstant().plus(Duration.ofMinutes(30 + i * 47L));
                if (at.isAfter(now.minus(Duration.ofHours(1)))) {
                    continue;
                }
                double roll = random.nextDouble();
                Rating rating = wave || roll < profile.complaints() ? Rating.NEGATIVE
                        : roll < profile.complaints() + profile.praise() ? Rating.POSITIVE : Rating.NEUTRAL;
                String comment = profile.comments().get(random.nextInt(profile.comments().size()));
                boolean timed = random.nextDouble() < 0.7;
                planned.add(new Planned(at, new ReportInput(rating, profile.category(), comment, null,
                        timed ? day : null, timed ? time : null)));
            }
        }
        planned.sort(Comparator.comparing(Planned::at));
        return planned;
    }

    private boolean hasOldReports(Number number, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> ((java.lang.Number) em.createNativeQuery("""
                select count(*) from report r join phone_number p on p.id = r.number_id
                where p.e164 = :e164 and r.created_at < :before""")
                .setParameter("e164", number.e164())
                .setParameter("before", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(7)), ZoneOffset.UTC))
                .getSingleResult()).longValue() > 0);
    }
}
