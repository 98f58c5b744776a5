package dk.ringtjek.example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.config.RingtjekConfig;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.ReportInput;
import dk.ringtjek.report.ReportService;

/**
 * Made-up reports on a handful of numbers, so that a local run has something to show. Only with
 * ringtjek.example-data=true (the local profile); never wipes anything, and adds nothing to a
 * number that already has reports.
 */
@ApplicationScoped
class ExampleData {

    private record Example(String number, Rating rating, Category category, String comment, String callerName) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("70 11 40 40", Rating.POSITIVE, Category.CUSTOMER_SERVICE,
                    "Teknikeren ringede tilbage som lovet og fik routeren op at køre igen.", "Norlys"),
            new Example("70 11 40 40", Rating.NEGATIVE, Category.CUSTOMER_SERVICE,
                    "Lang ventetid, og jeg skulle forklare min sag forfra to gange.", null),
            new Example("70 11 40 40", Rating.NEUTRAL, Category.SALES,
                    "Opfølgning på en fejl, derefter et tilbud om hurtigere internet. Sagde nej tak.", "Norlys"),
            new Example("88 30 30 30", Rating.POSITIVE, Category.CUSTOMER_SERVICE,
                    "Ringede for at bekræfte teknikerbesøget i morgen. Venlige.", null),
            new Example("+44 7400 123456", Rating.NEGATIVE, Category.WANGIRI,
                    "Ét ring og så lagt på. Ring ikke tilbage.", null),
            new Example("+44 7400 123456", Rating.NEGATIVE, Category.WANGIRI,
                    "Samme her, midt om natten.", null),
            new Example("91 23 45 67", Rating.NEGATIVE, Category.SCAM_PHISHING,
                    "Påstod at være fra banken og bad om min MitID-kode. Svindel!", "Danske Bank"),
            new Example("20 12 34 56", Rating.NEGATIVE, Category.ROBINSON_IGNORED,
                    "Sælger af elaftaler, selv om jeg står på Robinsonlisten.", "Energi-tilbud ApS"));

    private final RingtjekConfig config;
    private final NumberNormaliser normaliser;
    private final ReportService reports;
    private final ClientKey clientKey;

    ExampleData(RingtjekConfig config, NumberNormaliser normaliser, ReportService reports, ClientKey clientKey) {
        this.config = config;
        this.normaliser = normaliser;
        this.reports = reports;
        this.clientKey = clientKey;
    }

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        if (!config.exampleData()) {
            return;
        }
        Map<String, List<Example>> byNumber = EXAMPLES.stream()
                .collect(Collectors.groupingBy(Example::number, LinkedHashMap::new, Collectors.toList()));
        int added = 0;
        int author = 0;
        for (List<Example> examples : byNumber.values()) {
            Number number = normaliser.normalise(examples.get(0).number());
            if (hasReports(number)) {
                continue;
            }
            for (Example example : examples) {
                reports.submit(number, new ReportInput(example.rating(), example.category(), example.comment(),
                        example.callerName(), null), clientKey.ofAddress("192.0.2." + (++author)));
                added++;
            }
        }
        Log.infof("Example data: %d made-up reports added", added);
    }

    private static boolean hasReports(Number number) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(number.e164())
                .map(phone -> phone.reportCount > 0).orElse(false));
    }
}
