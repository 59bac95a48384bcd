package eu.convivio.strategy.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.application.StrategyReading.StrategySummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The strategies landing page: every adopted strategy for everyone, and the signed-in user's drafts. */
@Named
@RequestScoped
public class StrategyListPage {

    @Inject
    private StrategyReading reading;

    @Inject
    private CurrentUser user;

    private List<StrategySummary> adopted;
    private List<StrategySummary> mine;

    @PostConstruct
    void load() {
        adopted = reading.adopted();
        mine = reading.mine();
    }

    public List<StrategySummary> getAdopted() {
        return adopted;
    }

    public List<StrategySummary> getMine() {
        return mine;
    }

    public boolean isSignedIn() {
        return user.isAuthenticated();
    }

    /** Whether the user may start a strategy somewhere. */
    public boolean isWriter() {
        return !reading.writableMunicipalities().isEmpty();
    }

    public String status(StrategySummary s) {
        return StrategyFeedback.text("status." + s.strategy().getStatus().name());
    }
}
