package eu.convivio.catalogue.api;

import java.util.List;
import java.util.Optional;

/**
 * The shared taxonomy of integration themes ("convivio-themes"): needs, services, courses and
 * strategy measures are tagged with the same codes so that they can be matched.
 */
public interface Themes {

    /** The taxonomy's name in the catalogue and in HSDS exports. */
    String TAXONOMY = "convivio-themes";

    /** Every theme, in the taxonomy's order. */
    List<Theme> all();

    Optional<Theme> byCode(String code);
}
