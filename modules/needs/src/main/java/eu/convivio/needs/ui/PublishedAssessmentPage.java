package eu.convivio.needs.ui;

import eu.convivio.needs.application.PublishedNeeds;
import eu.convivio.needs.domain.SuppressedTable;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shared view of a published assessment, for everyone: open needs and people in need by
 * theme × district and by theme × population group, counts under 5 shown as "fewer than 5".
 */
@Named
@RequestScoped
public class PublishedAssessmentPage {

    @Inject
    private PublishedNeeds published;

    @Inject
    private RegisterLabels labels;

    private PublishedNeeds.View byDistrict;
    private PublishedNeeds.View byGroup;

    /** One row of a shown table: the theme, its cells and total, each already in words. */
    public record Row(String theme, List<String> cells, String total) {
    }

    public void load() {
        try {
            var id = RegisterPages.id(RegisterPages.parameter("id"));
            byDistrict = published.byDistrict(id);
            byGroup = published.byPopulationGroup(id);
        } catch (Problem p) {
            RegisterPages.refuse(p);
        }
    }

    public PublishedNeeds.View getByDistrict() {
        return byDistrict;
    }

    public List<String> districtColumns() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> e : byDistrict.columnNames().entrySet()) {
            names.add(e.getKey().isEmpty() ? RegisterPages.text("district.whole") : e.getValue());
        }
        return names;
    }

    public List<String> groupColumns() {
        return byGroup.columnNames().keySet().stream().map(labels::group).toList();
    }

    public List<Row> districtRows() {
        return rows(byDistrict.table());
    }

    public List<Row> groupRows() {
        return rows(byGroup.table());
    }

    public List<String> districtTotals() {
        return totals(byDistrict.table());
    }

    public List<String> groupTotals() {
        return totals(byGroup.table());
    }

    private List<Row> rows(SuppressedTable t) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            rows.add(new Row(labels.theme(t.rows().get(i)), t.row(i).stream().map(this::shown).toList(), shown(t.rowTotal(i))));
        }
        return rows;
    }

    private List<String> totals(SuppressedTable t) {
        List<String> totals = new ArrayList<>();
        for (int j = 0; j < t.columns().size(); j++) {
            totals.add(shown(t.columnTotal(j)));
        }
        totals.add(shown(t.total()));
        return totals;
    }

    /** "3 (120)": needs and people in need; "fewer than 5" when suppressed; "–" when none. */
    private String shown(SuppressedTable.Entry e) {
        if (e.suppressed()) {
            return RegisterPages.text("published.fewer", SuppressedTable.THRESHOLD);
        }
        if (e.needs() == 0) {
            return "–";
        }
        return RegisterPages.text("published.cell", labels.number(e.needs()), labels.number(e.peopleInNeed()));
    }
}
