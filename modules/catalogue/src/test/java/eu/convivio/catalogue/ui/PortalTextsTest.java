package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.ServiceHit;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTextsTest {

    @Test
    void weekdaysReadAsRangesAndListsInTheReadersLanguage() {
        assertThat(new PortalTexts("en").days("MO,TU,WE,TH")).isEqualTo("Monday – Thursday");
        assertThat(new PortalTexts("en").days("TU,TH")).isEqualTo("Tuesday, Thursday");
        assertThat(new PortalTexts("en").days("SA,MO,TU")).isEqualTo("Monday, Tuesday, Saturday");
        assertThat(new PortalTexts("bg").days("MO,TU,WE,TH,FR")).isEqualTo("понеделник – петък");
        assertThat(new PortalTexts("el").days("WE")).isEqualTo("Τετάρτη");
        assertThat(new PortalTexts("sk").days("MO,WE,FR")).isEqualTo("pondelok, streda, piatok");
    }

    @Test
    void anOpeningRuleIsOneSentence() {
        ServiceHit.OpeningHours rule = new ServiceHit.OpeningHours("MO,TU,WE,TH", LocalTime.of(9, 30), LocalTime.of(17, 0), null);
        assertThat(new PortalTexts("bg").hours(rule)).isEqualTo("понеделник – четвъртък, 09:30–17:00");
        assertThat(new PortalTexts("en").hours(new ServiceHit.OpeningHours(null, null, null, "by appointment")))
                .isEqualTo("Every day (by appointment)");
    }

    @Test
    void languagesAreNamedInTheReadersLanguage() {
        assertThat(new PortalTexts("bg").languageName("fa")).isEqualTo("Персийски");
        assertThat(new PortalTexts("el").languageName("ar")).isEqualTo("Αραβικά");
        assertThat(new PortalTexts("sk").languageNameInSentence("bg")).isEqualTo("bulharčina");
        assertThat(new PortalTexts("en").languageName("xx")).isEqualTo("xx");
    }

    @Test
    void residenceStatusesHaveNamesInEveryInterfaceLanguage() {
        for (String language : new String[] {"en", "bg", "el", "sk"}) {
            PortalTexts texts = new PortalTexts(language);
            for (eu.convivio.catalogue.api.ResidenceStatus status : eu.convivio.catalogue.api.ResidenceStatus.values()) {
                assertThat(texts.residenceStatus(status.code())).as(language + " " + status)
                        .isNotBlank().doesNotStartWith("status.");
            }
        }
        assertThat(new PortalTexts("bg").residenceStatus("asylum_seeker")).isEqualTo("Търсещи закрила");
        assertThat(new PortalTexts("sk").text("search.count", 1)).isEqualTo("Našla sa 1 služba");
        assertThat(new PortalTexts("en").text("search.count", 34)).isEqualTo("34 services found");
    }
}
