package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.ServiceRecord;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The translation rows and phone rows that the service, organisation and location forms share
 * (pages: {@code translation-rows.xhtml}, {@code phone-rows.xhtml}), with the fields a record
 * of that kind may translate.
 */
final class TextsAndPhones implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> translatableFields;
    private final List<ServiceEditor.Text> translations = new ArrayList<>();
    private final List<ServiceEditor.PhoneRow> phones = new ArrayList<>();

    TextsAndPhones(List<String> translatableFields) {
        this.translatableFields = List.copyOf(translatableFields);
    }

    void fill(List<ServiceRecord.TranslatedText> texts, List<ServiceRecord.PhoneNumber> numbers) {
        translations.clear();
        texts.forEach(t -> translations.add(new ServiceEditor.Text(t.field(), t.language(), t.text(), t.reviewed())));
        phones.clear();
        numbers.forEach(p -> phones.add(new ServiceEditor.PhoneRow(p.number(), p.type())));
    }

    List<ServiceRecord.TranslatedText> translationRecords() {
        return translations.stream().map(t -> new ServiceRecord.TranslatedText(t.getField(), t.getLanguage(), t.getText(), t.isReviewed())).toList();
    }

    List<ServiceRecord.PhoneNumber> phoneRecords() {
        return phones.stream().map(p -> new ServiceRecord.PhoneNumber(p.getNumber(), null, p.getType(), null)).toList();
    }

    void addTranslation() {
        translations.add(new ServiceEditor.Text("name", "", "", false));
    }

    void removeTranslation(ServiceEditor.Text row) {
        translations.remove(row);
    }

    void addPhone() {
        phones.add(new ServiceEditor.PhoneRow("", "voice"));
    }

    void removePhone(ServiceEditor.PhoneRow row) {
        phones.remove(row);
    }

    List<String> translatableFields() {
        return translatableFields;
    }

    List<ServiceEditor.Text> translations() {
        return translations;
    }

    List<ServiceEditor.PhoneRow> phones() {
        return phones;
    }
}
