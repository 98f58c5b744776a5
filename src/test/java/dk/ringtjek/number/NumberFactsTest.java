package dk.ringtjek.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.ringtjek.config.RingtjekConfig;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;

/** The type line and range note follow the Danish numbering plan, and each named short number says what it is. */
class NumberFactsTest {

    private static final NumberNormaliser NORMALISER = new NumberNormaliser(new RingtjekConfig() {
        @Override
        public String defaultRegion() {
            return "DK";
        }

        @Override
        public boolean exampleData() {
            return false;
        }

        @Override
        public String baseUrl() {
            return "http://localhost";
        }

        @Override
        public EmbeddedDb embeddedDb() {
            return null;
        }
    });
    private static final NumberFactsService FACTS = new NumberFactsService(NORMALISER);

    private static NumberFacts factsOf(String spelling) {
        return FACTS.factsOf(NORMALISER.normalise(spelling));
    }

    @ParameterizedTest
    @CsvSource({
        "70 11 40 40, number.type.dk.company, number.range.dk.company, Firmanummer (70-nummer)",
        "80 20 30 40, number.type.dk.freephone, number.range.dk.freephone, Gratisnummer (80-nummer)",
        "90 12 34 56, number.type.dk.premium, number.range.dk.premium, Overtakseret nummer (90-nummer)",
        "20 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "31 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "42 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "53 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "61 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "71 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "81 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "93 12 34 56, number.type.dk.mobile, , Mobilnummer",
        "33 12 34 56, number.type.dk.landline, , Fastnetnummer",
        "45 12 34 56, number.type.dk.landline, , Fastnetnummer",
        "66 12 34 56, number.type.dk.landline, , Fastnetnummer",
        "75 12 34 56, number.type.dk.landline, , Fastnetnummer",
        "86 12 34 56, number.type.dk.landline, , Fastnetnummer",
        "98 12 34 56, number.type.dk.landline, , Fastnetnummer"})
    void shouldNameTheDanishSeriesANumberBelongsTo(String spelling, String typeKey, String rangeKey, String danish) {
        NumberFacts facts = factsOf(spelling);
        assertEquals(typeKey, facts.typeKey());
        assertEquals(rangeKey, facts.rangeKey());
        assertEquals(danish, Messages.text(Language.DA, facts.typeKey()));
    }

    @Test
    void shouldNoLongerCallASeventyNumberLandlineOrMobile() {
        NumberFacts facts = factsOf("70114040");
        assertNotEquals("number.type.fixed-line-or-mobile", facts.typeKey());
        assertTrue(Messages.text(Language.EN, facts.typeKey()).contains("Company number"));
    }

    @ParameterizedTest
    @CsvSource({
        "112, Alarmnummer, Emergency number, alarmnummeret",
        "114, Politiets servicenummer, Police non-emergency number, når det ikke haster",
        "1813, Akuttelefonen (Region Hovedstaden), Medical helpline (Capital Region), skadestue",
        "118, Nummeroplysning, Directory enquiries, nummeroplysning",
        "116111, BørneTelefonen, Child helpline (BørneTelefonen), børn og unge"})
    void shouldSayWhatEachShortNumberIs(String digits, String danishType, String englishType, String inNote) {
        NumberFacts facts = factsOf(digits);
        assertEquals(danishType, Messages.text(Language.DA, facts.typeKey()));
        assertEquals(englishType, Messages.text(Language.EN, facts.typeKey()));
        String note = Messages.text(Language.DA, facts.rangeKey());
        assertTrue(note.contains(inNote), note);
        assertTrue(Messages.has(Language.EN, facts.rangeKey()), facts.rangeKey());
    }

    @Test
    void shouldGiveEachNamedShortNumberItsOwnSentence() {
        long distinct = DanishRanges.NAMED_SHORT_NUMBERS.stream()
                .map(digits -> Messages.text(Language.DA, factsOf(digits).rangeKey())).distinct().count();
        assertEquals(DanishRanges.NAMED_SHORT_NUMBERS.size(), distinct);
    }

    @Test
    void shouldKeepLibphonenumbersTypeForNumbersOutsideDenmark() {
        NumberFacts facts = factsOf("+44 7911 123456");
        assertEquals("number.type.mobile", facts.typeKey());
        assertNull(facts.rangeKey());
    }
}
