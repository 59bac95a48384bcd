package eu.convivio.catalogue.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.catalogue.application.CatalogueTransfer;
import eu.convivio.catalogue.infrastructure.ImportRejected;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bulk export (everyone; public data only) and import (platform administrators) of the catalogue
 * as an HSDS tabular data package or HSDS JSON. A rejected import answers 422 problem+json with
 * every problem as {@code errors: [{file, line, field, message}]}.
 */
@Path("catalogue")
@Tag(name = "Catalogue transfer", description = "Bulk import and export: HSDS data package (zip of CSV) and HSDS JSON")
public class CatalogueTransferResource {

    public static final String ZIP = "application/zip";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private CatalogueTransfer transfer;

    @GET
    @Path("export")
    @PermitAll
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "The public catalogue as an HSDS data package (format=datapackage, a zip) or HSDS JSON (format=json)")
    public Response export(@QueryParam("format") String format) {
        CatalogueTransfer.Format chosen = format(format);
        StreamingOutput body = out -> transfer.export(chosen, out);
        return Response.ok(body, chosen == CatalogueTransfer.Format.JSON ? MediaType.APPLICATION_JSON : ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + CatalogueTransfer.fileName(chosen) + "\"")
                .build();
    }

    static CatalogueTransfer.Format format(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("datapackage")) {
            return CatalogueTransfer.Format.DATAPACKAGE;
        }
        if (format.equalsIgnoreCase("json")) {
            return CatalogueTransfer.Format.JSON;
        }
        throw new Problem.Invalid("format", "Use datapackage or json.");
    }

    @POST
    @Path("import")
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Groups.PLATFORM_ADMIN)
    @Operation(summary = "Import an HSDS data package (zip): all or nothing; rows are updated by id")
    public Response importDataPackage(InputStream body) {
        java.nio.file.Path zip = null;
        try {
            zip = Files.createTempFile("convivio-import-", ".zip");
            Files.copy(body, zip, StandardCopyOption.REPLACE_EXISTING);
            java.nio.file.Path file = zip;
            return imported(() -> transfer.importDataPackage(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (zip != null) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Groups.PLATFORM_ADMIN)
    @Operation(summary = "Import HSDS JSON (an array of full services): all or nothing; rows are updated by id")
    public Response importJson(InputStream body) {
        return imported(() -> transfer.importJson(body));
    }

    private Response imported(java.util.function.Supplier<CatalogueTransfer.ImportReport> work) {
        try {
            return Response.ok(work.get()).build();
        } catch (ImportRejected rejected) {
            return rejection(rejected);
        } catch (RuntimeException e) {
            // the transactional proxy may wrap the rejection
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ImportRejected rejected) {
                    return rejection(rejected);
                }
            }
            throw e;
        }
    }

    static Response rejection(ImportRejected rejected) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://convivio.eu/problems/invalid-import");
        problem.put("title", "Invalid import");
        problem.put("status", 422);
        problem.put("detail", rejected.getMessage() + "; nothing was imported");
        problem.put("errors", rejected.errors());
        try {
            return Response.status(422).type("application/problem+json")
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
