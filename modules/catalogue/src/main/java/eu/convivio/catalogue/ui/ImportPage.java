package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueTransfer;
import eu.convivio.catalogue.infrastructure.CatalogueImport;
import eu.convivio.catalogue.infrastructure.ImportError;
import eu.convivio.catalogue.infrastructure.ImportRejected;
import eu.convivio.platform.api.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue's import page: a platform administrator uploads a data package (zip) or HSDS
 * JSON and sees what was created and updated, or every problem by file, line and field. The
 * export links on the same page are for everyone.
 */
@Named
@RequestScoped
public class ImportPage {

    @Inject
    private CatalogueTransfer transfer;

    @Inject
    private CurrentUser user;

    private Part file;
    private CatalogueTransfer.ImportReport report;
    private List<ImportError> errors = List.of();

    public boolean isMayImport() {
        return user.isPlatformAdmin();
    }

    public void upload() {
        if (!user.isPlatformAdmin()) {
            message(null, FacesMessage.SEVERITY_ERROR, "import.adminOnly");
            return;
        }
        if (file == null || file.getSize() == 0) {
            message("file", FacesMessage.SEVERITY_ERROR, "import.file.missing");
            return;
        }
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".zip")) {
                Path zip = Files.createTempFile("convivio-import-", ".zip");
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
                    report = transfer.importDataPackage(zip);
                } finally {
                    Files.deleteIfExists(zip);
                }
            } else if (name.endsWith(".json")) {
                try (InputStream in = file.getInputStream()) {
                    report = transfer.importJson(in);
                }
            } else {
                message("file", FacesMessage.SEVERITY_ERROR, "import.file.type");
                return;
            }
            message(null, FacesMessage.SEVERITY_INFO, "import.done", report.created(), report.updated());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ImportRejected rejected = rejection(e);
            if (rejected == null) {
                throw e;
            }
            errors = rejected.errors();
            message(null, FacesMessage.SEVERITY_ERROR, "import.rejected", errors.size());
        }
    }

    private static ImportRejected rejection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportRejected rejected) {
                return rejected;
            }
        }
        return null;
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = CatalogueTexts.text("transfer", key, arguments);
        if (clientId != null) {
            faces.addMessage("import-form:" + clientId, new FacesMessage(severity, text, text));
            faces.validationFailed();
        } else {
            faces.addMessage(null, new FacesMessage(severity, text, text));
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public CatalogueTransfer.ImportReport getReport() {
        return report;
    }

    public List<Map.Entry<String, CatalogueImport.Counts>> getCounts() {
        return report == null ? List.of() : List.copyOf(report.tables().entrySet());
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
