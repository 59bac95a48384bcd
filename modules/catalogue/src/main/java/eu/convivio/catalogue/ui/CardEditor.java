package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CardEditing;
import eu.convivio.catalogue.application.CommunicationCards;
import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardContent;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card editor: the situation's title and its phrases as a grid, one row per phrase (answers
 * under their question), one column per language. Rows and languages are added and removed in the
 * form; nothing is stored until the whole card is saved on the version it was opened at. A card
 * saved by someone else meanwhile is refused and the form keeps everything typed.
 */
@Named
@ViewScoped
public class CardEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW_PATH = Pattern.compile("^phrases\\[(\\d+)](?:\\.answers\\[(\\d+)])?(?:\\.(.*))?$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    @Inject
    private CardEditing editing;

    @Inject
    private CommunicationCards cards;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    /** One text of the grid. */
    public static final class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private boolean reviewed;

        Cell(String text, boolean reviewed) {
            this.text = text;
            this.reviewed = reviewed;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isReviewed() {
            return reviewed;
        }

        public void setReviewed(boolean reviewed) {
            this.reviewed = reviewed;
        }

        boolean filled() {
            return text != null && !text.isBlank();
        }
    }

    /** One row of the grid: the title, a phrase, or an answer under the question above it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID id;
        private final String kind;
        private final Map<String, Cell> cells = new TreeMap<>();
        private final List<String> errors = new ArrayList<>();

        Row(UUID id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        public String getKind() {
            return kind;
        }

        public boolean isAnswer() {
            return "answer".equals(kind);
        }

        public boolean isQuestion() {
            return "ask".equals(kind);
        }

        public Map<String, Cell> getCells() {
            return cells;
        }

        public List<String> getErrors() {
            return errors;
        }

        Cell cell(String language) {
            return cells.computeIfAbsent(language, l -> new Cell(null, false));
        }
    }

    private String situation;
    private boolean loaded;
    private int refusal;
    private Long version;
    private UUID municipalityId;
    private boolean emergency;
    private final List<String> languages = new ArrayList<>();
    private Row title = new Row(null, "title");
    private final List<Row> rows = new ArrayList<>();
    private String newLanguage;
    private String newLanguageError;
    private boolean stale;
    private boolean confirmDelete;

    /** Opens the card on the first visit; signed-out users go to sign in. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!user.isAuthenticated()) {
            LibraryFeedback.redirect("/login.xhtml?next=" + URLEncoder.encode("/catalogue/edit/card.xhtml?situation="
                    + (situation == null ? "" : situation), StandardCharsets.UTF_8));
            return;
        }
        Card card;
        try {
            card = cards.card(situation == null ? "" : situation);
        } catch (Problem.NotFound e) {
            refusal = 404;
            LibraryFeedback.sendError(404);
            return;
        }
        if (!editing.editable(card)) {
            refusal = 403;
            LibraryFeedback.sendError(403);
            return;
        }
        fill(card);
    }

    private void fill(Card card) {
        version = card.version();
        municipalityId = card.municipalityId();
        emergency = card.emergency();
        languages.clear();
        rows.clear();
        title = new Row(null, "title");
        CardContent content = card.content();
        languages.addAll(content.languages());
        content.titles().forEach((l, t) -> title.cells.put(l, new Cell(t.text(), t.reviewed())));
        for (CardContent.Phrase p : content.phrases()) {
            rows.add(row(p));
            p.answers().forEach(a -> rows.add(row(a)));
        }
        padCells();
    }

    private static Row row(CardContent.Phrase p) {
        Row row = new Row(p.id(), p.kind());
        p.texts().forEach((l, t) -> row.cells.put(l, new Cell(t.text(), t.reviewed())));
        return row;
    }

    /** Every row has a cell for every language, so that the grid's inputs bind. */
    private void padCells() {
        for (String l : languages) {
            title.cell(l);
            rows.forEach(r -> r.cell(l));
        }
    }

    /** The card as it would be saved: empty cells are languages the phrase is not written in. */
    CardContent content() {
        List<CardContent.Phrase> phrases = new ArrayList<>();
        CardContent.Phrase question = null;
        List<CardContent.Phrase> answers = new ArrayList<>();
        for (Row row : rows) {
            if (row.isAnswer() && question != null) {
                answers.add(new CardContent.Phrase(row.id, "answer", texts(row), List.of()));
                continue;
            }
            if (question != null) {
                phrases.add(withAnswers(question, answers));
                question = null;
                answers = new ArrayList<>();
            }
            CardContent.Phrase phrase = new CardContent.Phrase(row.id, row.kind, texts(row), List.of());
            if (row.isQuestion()) {
                question = phrase;
            } else {
                phrases.add(phrase);
            }
        }
        if (question != null) {
            phrases.add(withAnswers(question, answers));
        }
        return new CardContent(emergency, texts(title), phrases);
    }

    private static CardContent.Phrase withAnswers(CardContent.Phrase question, List<CardContent.Phrase> answers) {
        return new CardContent.Phrase(question.id(), question.kind(), question.texts(), answers);
    }

    private Map<String, CardContent.Text> texts(Row row) {
        Map<String, CardContent.Text> texts = new LinkedHashMap<>();
        for (String l : languages) {
            Cell c = row.cells.get(l);
            if (c != null && c.filled()) {
                texts.put(l, new CardContent.Text(c.text.strip(), c.reviewed));
            }
        }
        return texts;
    }

    public String save() {
        clearErrors();
        Card saved;
        try {
            saved = editing.update(situation, version, content());
        } catch (Problem.Conflict e) {
            stale = true;
            LibraryFeedback.problem(new Problem.Conflict(LibraryFeedback.text("cardEdit.stale")), Map.of());
            return null;
        } catch (Problem p) {
            show(p);
            return null;
        }
        LibraryFeedback.success("cardEdit.saved", saved.title(LibraryFeedback.language()).or(() -> saved.title("en"))
                .map(t -> t.text()).orElse(saved.situation()));
        return "/catalogue/edit/card.xhtml?faces-redirect=true&situation=" + saved.situation();
    }

    public String delete() {
        clearErrors();
        if (!confirmDelete) {
            FacesContext.getCurrentInstance().addMessage("card:confirmDelete",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, LibraryFeedback.text("cardEdit.delete.confirmFirst"), null));
            return null;
        }
        try {
            editing.delete(situation, version);
        } catch (Problem.Conflict e) {
            stale = true;
            LibraryFeedback.problem(new Problem.Conflict(LibraryFeedback.text("cardEdit.stale")), Map.of());
            return null;
        } catch (Problem p) {
            show(p);
            return null;
        }
        LibraryFeedback.success("cardEdit.deleted", situation);
        return "/catalogue/edit/cards.xhtml?faces-redirect=true";
    }

    /** Adds a column for a language (BCP 47 tag, e.g. uk or sr-Latn). */
    public void addLanguage() {
        newLanguageError = null;
        String tag = newLanguage == null ? "" : newLanguage.strip();
        if (!LANGUAGE.matcher(tag).matches()) {
            newLanguageError = LibraryFeedback.text("cardEdit.invalid.language");
            return;
        }
        if (!languages.contains(tag)) {
            languages.add(tag);
            padCells();
        }
        newLanguage = null;
    }

    public void addSay() {
        Row row = new Row(null, "say");
        rows.add(row);
        padCells();
    }

    public void addQuestion() {
        rows.add(new Row(null, "ask"));
        rows.add(new Row(null, "answer"));
        padCells();
    }

    /** Adds an answer after the question's last answer. */
    public void addAnswer(Row question) {
        int at = rows.indexOf(question) + 1;
        while (at < rows.size() && rows.get(at).isAnswer()) {
            at++;
        }
        rows.add(at, new Row(null, "answer"));
        padCells();
    }

    /** Removes a row; a question takes its answers with it. */
    public void remove(Row row) {
        int at = rows.indexOf(row);
        if (at < 0) {
            return;
        }
        rows.remove(at);
        if (row.isQuestion()) {
            while (at < rows.size() && rows.get(at).isAnswer()) {
                rows.remove(at);
            }
        }
    }

    /** Moves a phrase (with its answers) or an answer one place up among its kind. */
    public void moveUp(Row row) {
        int at = rows.indexOf(row);
        if (at <= 0) {
            return;
        }
        if (row.isAnswer()) {
            if (rows.get(at - 1).isAnswer()) {
                rows.add(at - 1, rows.remove(at));
            }
            return;
        }
        int end = blockEnd(at);
        int previous = at - 1;
        while (previous > 0 && rows.get(previous).isAnswer()) {
            previous--;
        }
        List<Row> block = new ArrayList<>(rows.subList(at, end));
        rows.subList(at, end).clear();
        rows.addAll(previous, block);
    }

    private int blockEnd(int at) {
        int end = at + 1;
        while (end < rows.size() && rows.get(end).isAnswer()) {
            end++;
        }
        return end;
    }

    private void clearErrors() {
        stale = false;
        title.errors.clear();
        rows.forEach(r -> r.errors.clear());
    }

    /** Field errors beside their rows (in the page's language), the rest above the form. */
    private void show(Problem p) {
        if (!(p instanceof Problem.Invalid invalid)) {
            LibraryFeedback.problem(p, Map.of());
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        List<Integer> phraseRows = phraseRows();
        for (Problem.FieldError e : invalid.errors()) {
            String shown = message(e);
            Matcher m = ROW_PATH.matcher(e.field());
            if (e.field().startsWith("titles")) {
                title.errors.add(shown);
            } else if (m.matches() && Integer.parseInt(m.group(1)) < phraseRows.size()) {
                int at = phraseRows.get(Integer.parseInt(m.group(1))) + (m.group(2) == null ? 0 : 1 + Integer.parseInt(m.group(2)));
                rows.get(Math.min(at, rows.size() - 1)).errors.add(shown);
            } else {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
            }
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, LibraryFeedback.text("cardEdit.invalid.summary"), null));
    }

    /** Where each phrase (not answer) starts in the grid, in the order {@link #content()} sends them. */
    private List<Integer> phraseRows() {
        List<Integer> starts = new ArrayList<>();
        boolean inQuestion = false;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.isAnswer() && inQuestion) {
                continue;
            }
            starts.add(i);
            inQuestion = r.isQuestion();
        }
        return starts;
    }

    /** The domain names problems in English; the page says them in its own language, by kind. */
    static String message(Problem.FieldError e) {
        String field = e.field();
        String m = e.message();
        String key;
        if (m.contains("not a language tag")) {
            key = "cardEdit.invalid.language";
        } else if (m.startsWith("At most")) {
            key = "cardEdit.invalid.long";
        } else if (field.equals("titles")) {
            key = "cardEdit.invalid.titles";
        } else if (field.equals("phrases")) {
            key = m.contains("at most") ? "cardEdit.invalid.tooMany" : "cardEdit.invalid.noPhrases";
        } else if (field.endsWith(".texts")) {
            key = "cardEdit.invalid.noText";
        } else if (field.endsWith(".answers")) {
            key = "cardEdit.invalid.answers";
        } else if (field.equals("code")) {
            key = m.contains("exists already") ? "cardEdit.invalid.codeTaken" : "cardEdit.invalid.code";
        } else if (field.equals("municipality")) {
            key = "cardEdit.invalid.municipality";
        } else {
            return m;
        }
        return LibraryFeedback.text(key, CardContent.MAX_TEXT, CardContent.MAX_PHRASES);
    }

    /** The language's name in the page's language, with its tag. */
    public String languageName(String tag) {
        Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String name = Locale.forLanguageTag(tag).getDisplayName(page);
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }

    /** Writing direction of a language, for the inputs. */
    public String dir(String tag) {
        return eu.convivio.catalogue.infrastructure.CardPdf.RIGHT_TO_LEFT.contains(tag.split("-")[0]) ? "rtl" : "ltr";
    }

    public String getKeeper() {
        if (municipalityId == null) {
            return LibraryFeedback.text("cardEdit.shared");
        }
        return directory.municipality(municipalityId).map(MunicipalitySummary::name).orElse("");
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public boolean isReady() {
        return loaded && refusal == 0 && version != null;
    }

    public Long getVersion() {
        return version;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Row getTitle() {
        return title;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public String getNewLanguageError() {
        return newLanguageError;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isConfirmDelete() {
        return confirmDelete;
    }

    public void setConfirmDelete(boolean confirmDelete) {
        this.confirmDelete = confirmDelete;
    }
}
