package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.api.MeasureReference;
import eu.convivio.strategy.application.MeasureLinking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** The strategy measures that address a need: the page the needs module's pages link to (needs may not call strategy). */
@Named
@RequestScoped
public class NeedMeasuresPage {

    @Inject
    private MeasureLinking linking;

    private UUID need;
    private List<MeasureReference> measures;

    @PostConstruct
    void readId() {
        need = ConsultationFeedback.parameter("need");
    }

    public void load() {
        try {
            if (need == null) {
                throw new Problem.NotFound("No such need.");
            }
            measures = linking.addressing(need);
        } catch (Problem p) {
            ConsultationFeedback.refuse(p instanceof Problem.NotFound && !linking.signedIn()
                    ? new Problem.Unauthorized("Sign in first.") : p, "/strategy/measures.xhtml?need=" + need);
        }
    }

    public String statusLabel(MeasureReference m) {
        return ConsultationFeedback.text("status." + eu.convivio.strategy.domain.MeasureStatus.of(m.status()).name());
    }

    public UUID getNeed() {
        return need;
    }

    public List<MeasureReference> getMeasures() {
        return measures;
    }
}
