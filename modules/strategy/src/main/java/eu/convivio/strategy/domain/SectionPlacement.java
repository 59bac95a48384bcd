package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Where a section stands in its version's outline, and the two ways to change that: one place up
 * or down among its siblings, or under another parent (at the end of the new parent's
 * subsections). A section never goes under itself or one of its own subsections, and only
 * sections of the same open draft take part. The moved section's lock is checked by the caller
 * before; only the sections whose place really changes are touched, so a move never invalidates
 * the forms of sections it does not displace.
 */
public final class SectionPlacement {

    private final List<Section> sections;

    /** @param sections every section of one version */
    public SectionPlacement(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    /** The section's siblings (itself included) in their order. */
    public List<Section> siblingsOf(Section section) {
        return sections.stream().filter(s -> Objects.equals(s.getParentId(), section.getParentId()))
                .sorted(Comparator.comparingInt(Section::getPosition).thenComparing(Section::getHeading)
                        .thenComparing(Section::getId))
                .toList();
    }

    /**
     * Moves the section one place up ({@code step < 0}) or down; the first stays first and the
     * last stays last. Returns whether anything moved.
     */
    public boolean step(Section section, int step) {
        List<Section> siblings = siblingsOf(section);
        int index = siblings.indexOf(section);
        if (index < 0) {
            throw new Problem.NotFound("No such section in this version.");
        }
        int other = index + (step < 0 ? -1 : 1);
        if (step == 0 || other < 0 || other >= siblings.size()) {
            return false;
        }
        Section neighbour = siblings.get(other);
        if (neighbour.getPosition() != section.getPosition()) {
            // only the two sections trade places; the others keep their positions (and their locks)
            int mine = section.getPosition();
            section.moveTo(neighbour.getPosition());
            neighbour.moveTo(mine);
            return true;
        }
        List<Section> reordered = new ArrayList<>(siblings);
        reordered.set(index, neighbour);
        reordered.set(other, section);
        renumber(reordered);
        return true;
    }

    /**
     * Places the section under {@code newParentId} ({@code null}: at the top level), after the
     * parent's present subsections; it keeps its own subsections. Returns whether anything moved.
     */
    public boolean moveUnder(Section section, UUID newParentId) {
        if (!sections.contains(section)) {
            throw new Problem.NotFound("No such section in this version.");
        }
        if (Objects.equals(section.getParentId(), newParentId)) {
            return false;
        }
        if (newParentId != null) {
            Section parent = sections.stream().filter(s -> s.getId().equals(newParentId)).findFirst()
                    .orElseThrow(() -> new Problem.Invalid("parentId", "The new parent must be a section of the same draft."));
            if (parent.equals(section) || descendantsOf(section).contains(parent.getId())) {
                throw new Problem.Invalid("parentId", "A section cannot be placed under itself or one of its own subsections.");
            }
        }
        int end = sections.stream().filter(s -> Objects.equals(s.getParentId(), newParentId))
                .mapToInt(Section::getPosition).max().orElse(-1) + 1;
        section.placeUnder(newParentId);
        section.moveTo(end);
        return true;
    }

    /** The ids of every subsection below the section, at any depth. */
    public Set<UUID> descendantsOf(Section section) {
        Set<UUID> found = new HashSet<>();
        List<UUID> frontier = new ArrayList<>(List.of(section.getId()));
        while (!frontier.isEmpty()) {
            UUID parent = frontier.remove(frontier.size() - 1);
            for (Section s : sections) {
                if (parent.equals(s.getParentId()) && found.add(s.getId())) {
                    frontier.add(s.getId());
                }
            }
        }
        return found;
    }

    /** Sections the given one may be placed under: every other section except its own subsections. */
    public List<Section> possibleParents(Section section) {
        Set<UUID> below = descendantsOf(section);
        return sections.stream().filter(s -> !s.equals(section) && !below.contains(s.getId())).toList();
    }

    private static void renumber(List<Section> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i) {
                ordered.get(i).moveTo(i);
            }
        }
    }
}
