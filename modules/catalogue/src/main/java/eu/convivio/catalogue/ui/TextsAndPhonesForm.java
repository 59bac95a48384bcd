package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.ServiceRecord;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the service, organisation and location forms share: the rows of translated fields (each
 * with its reviewed flag) and of phone numbers (pages: {@code translation-rows.xhtml},
 * {@code phone-rows.xhtml}), with the fields a record of that kind may translate.
 */
public abstract class TextsAndPhonesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> translatableFields;
    private final List<ServiceEditor.Text> translations = new ArrayList<>();
    private final List<ServiceEditor.PhoneRow> phones = new ArrayList<>();

    protected TextsAndPhonesForm(List<String> translatableFields) {
        this.translatableFields = List.copyOf(translatableFields);
    }

    protected void fillTextsAndPhones(List<ServiceRecord.TranslatedText> texts, List<ServiceRecord.PhoneNumber> numbers) {
        translations.clear();
        texts.forEach(t -> translations.add(new ServiceEditor.Text(t.field(), t.language(), t.text(), t.reviewed())));
        phones.clear();
        numbers.forEach(p -> phones.add(new ServiceEditor.PhoneRow(p.number(), p.type())));
    }

    protected List<ServiceRecord.TranslatedText> translationRecords() {
        return translations.stream().map(t -> new ServiceRecord.TranslatedText(t.getField(), t.getLanguage(), t.getText(), t.isReviewed())).toList();
    }

    protected List<ServiceRecord.PhoneNumber> phoneRecords() {
        return phones.stream().map(p -> new ServiceRecord.PhoneNumber(p.getNumber(), null, p.getType(), null)).toList();
    }

    public List<ServiceEditor.Text> getTranslations() {
        return translations;
    }

    public List<String> getTranslatableFields() {
        return translatableFields;
    }

    public void addTranslation() {
        translations.add(new ServiceEditor.Text("name", "", "", false));
    }

    public void removeTranslation(ServiceEditor.Text row) {
        translations.remove(row);
    }

    public List<ServiceEditor.PhoneRow> getPhones() {
        return phones;
    }

    public void addPhone() {
        phones.add(new ServiceEditor.PhoneRow("", "voice"));
    }

    public void removePhone(ServiceEditor.PhoneRow row) {
        phones.remove(row);
    }
}
