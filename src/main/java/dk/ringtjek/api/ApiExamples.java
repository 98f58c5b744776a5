package dk.ringtjek.api;

/** Example answers for the OpenAPI document (the tests check real answers against its schemas). */
final class ApiExamples {

    static final String NUMBER = """
            {"e164":"+4570114040","national":"70 11 40 40","international":"+45 70 11 40 40",
             "page":"https://ringtjek.dk/nummer/70114040",
             "facts":{"type":"uan","typeText":[{"text":"Virksomhedsnummer","language":"da"},
                      {"text":"Company number","language":"en"}],"country":"DK",
                      "rangeMeaning":[{"text":"Et 70-nummer er et landsdækkende virksomhedsnummer.","language":"da"},
                      {"text":"A 70 number is a nationwide company number.","language":"en"}]},
             "curated":{"owner":"Eksempel A/S","verdict":"LEGITIMATE",
                      "summary":{"text":"Kundeservice hos Eksempel A/S.","language":"da"},
                      "callReasons":[{"text":"Opfølgning på en sag","language":"da"}],
                      "channels":[{"type":"WEBSITE","value":"https://eksempel.dk/kontakt"}],
                      "sources":[{"title":"Eksempel A/S: Kontakt","url":"https://eksempel.dk/kontakt"}],
                      "verifiedOn":"2025-01-15"},
             "community":{"score":81,"label":"TRUSTWORTHY","confidence":"MODERATE","people":6,"reports":7,
                      "ratings":{"positive":5,"neutral":1,"negative":0},
                      "categories":[{"category":"CUSTOMER_SERVICE","count":5,"share":83}],
                      "lastReportedAt":"2025-03-01T09:30:00Z"},
             "lookups":{"total":1520,"last7Days":41,"last30Days":160}}""";

    static final String BAD_NUMBER = """
            {"type":"/api#problem-invalid-number","title":"Not a phone number","status":400,
             "detail":"The number is too short.","reason":"too-short"}""";

    static final String REPORTS = """
            {"e164":"+4535150000","reports":[
              {"id":1051,"status":"VISIBLE","createdAt":"2025-03-01T09:30:00Z","rating":"NEGATIVE",
               "category":"SALES","comment":"Ringede om et elabonnement.","calledOn":"2025-03-01","calledTime":"09:12",
               "helpful":2},
              {"id":1001,"status":"HIDDEN","createdAt":"2025-02-27T18:02:00Z","hiddenReason":"PERSONAL_DATA",
               "stub":[{"text":"Skjult af en moderator: personoplysninger.","language":"da"},
                       {"text":"Hidden by a moderator: personal data.","language":"en"}]}],
             "next":"1740679320000000-1001"}""";

    static final String LOOKUP = """
            {"prefix":"3f2a9","numbers":[{"e164":"+4535150000",
             "sha256":"3f2a9c1e0b6d4a7f8e2c5b9a1d3f6e8c0a2b4d6f8e1c3a5b7d9f0e2c4a6b8d0f",
             "label":"ANNOYING","score":22,"confidence":"STRONG"}]}""";

    static final String BLOCKLIST = """
            {"version":1873,"since":1850,"numbers":[{"e164":"+4535150000","label":"ANNOYING","score":22}],
             "removed":["+4570707070"]}""";

    static final String BLOCKLIST_CSV = "e164,change,label,score\r\n+4535150000,added,ANNOYING,22\r\n"
            + "+4570707070,removed,,\r\n";

    private ApiExamples() {
    }
}
