package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What a measure says: what is done, by whom, when, with what money, and how far it is.
 * {@link #check()} names every field that breaks a rule, all at once.
 */
public record MeasurePlan(UUID goalId, String title, String description, UUID responsibleDepartmentId,
                          String responsibleBody, String partners, LocalDate startDate, LocalDate endDate,
                          BigDecimal budget, String currency, FundingSource fundingSource,
                          MeasureStatus status, int progress) {

    /** Refuses a plan that breaks a rule, naming the fields. */
    public MeasurePlan check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new Problem.FieldError("title", "Give the measure a title."));
        } else if (title.length() > 300) {
            errors.add(new Problem.FieldError("title", "The title is longer than 300 characters."));
        }
        if (responsibleBody != null && responsibleBody.length() > 300) {
            errors.add(new Problem.FieldError("responsibleBody", "The responsible body is longer than 300 characters."));
        }
        if (partners != null && partners.length() > 1000) {
            errors.add(new Problem.FieldError("partners", "The partners are longer than 1000 characters."));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.add(new Problem.FieldError("endDate", "The measure must end on or after its start."));
        }
        if (budget != null && budget.signum() < 0) {
            errors.add(new Problem.FieldError("budget", "The budget cannot be negative."));
        }
        if (budget != null && budget.scale() > 2) {
            errors.add(new Problem.FieldError("budget", "The budget has at most two decimals."));
        }
        if (budget != null && budget.precision() - budget.scale() > 13) {
            errors.add(new Problem.FieldError("budget", "The budget is too large."));
        }
        if (budget != null && (currency == null || currency.isBlank())) {
            errors.add(new Problem.FieldError("currency", "Give the currency of the budget (ISO 4217, e.g. EUR)."));
        }
        if (currency != null && !currency.isBlank()) {
            if (budget == null) {
                errors.add(new Problem.FieldError("budget", "A currency without an amount: give the budget or no currency."));
            }
            if (!isIsoCurrency(currency)) {
                errors.add(new Problem.FieldError("currency", "Not an ISO 4217 currency code: " + currency + "."));
            }
        }
        if (status == null) {
            errors.add(new Problem.FieldError("status", "Give the status of the measure."));
        }
        if (progress < 0 || progress > 100) {
            errors.add(new Problem.FieldError("progress", "Progress is a percentage from 0 to 100."));
        } else if (status == MeasureStatus.DONE && progress != 100) {
            errors.add(new Problem.FieldError("progress", "A measure that is done has progress 100 %."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return this;
    }

    private static boolean isIsoCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
