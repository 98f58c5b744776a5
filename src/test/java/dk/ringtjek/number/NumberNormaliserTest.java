package dk.ringtjek.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dk.ringtjek.config.RingtjekConfig;

class NumberNormaliserTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"70 11 40 40", "70114040", "7011 4040", "+45 70 11 40 40", "+4570114040",
            "0045 70114040", "(+45) 70-11-40-40", "4570114040", " 70.11.40.40 ", "７０１１４０４０"})
    void shouldResolveEverySpellingToOneNumber(String spelling) {
        Number number = NORMALISER.normalise(spelling);
        assertEquals("+4570114040", number.e164());
        assertEquals("/nummer/70114040", number.canonicalPath());
        assertTrue(number.inDefaultRegion());
    }

    @ParameterizedTest
    @CsvSource({"+44 7911 123456,+447911123456,/nummer/+447911123456",
            "0044 7911 123456,+447911123456,/nummer/+447911123456",
            "112,+45112,/nummer/112",
            "1813,+451813,/nummer/1813"})
    void shouldGiveForeignAndShortNumbersTheirOwnCanonicalPath(String input, String e164, String path) {
        Number number = NORMALISER.normalise(input);
        assertEquals(e164, number.e164());
        assertEquals(path, number.canonicalPath());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EMPTY",
            "'   '|EMPTY",
            "hello|INVALID_CHARACTERS",
            "70 11 40 4O|INVALID_CHARACTERS",
            "70114040<script>|INVALID_CHARACTERS",
            "123|TOO_SHORT",
            "7011404|TOO_SHORT",
            "1234567890123|TOO_LONG",
            "+999 1234567|INVALID_COUNTRY_CODE",
            "1234567890123456789012345678901234567890123|TOO_LONG_INPUT"})
    void shouldExplainWhyInputIsNotANumber(String input, NumberProblem expected) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> NORMALISER.normalise(input));
        assertEquals(expected, e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"70\u000011\u00004040", "70\n114040", "70114040\u202e"})
    void shouldRefuseControlCharacters(String input) {
        assertThrows(InvalidNumberException.class, () -> NORMALISER.normalise(input));
    }
}
