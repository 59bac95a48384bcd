/*
 * The district map of the analysis page: an enhancement of the district table, which stays the
 * content. Districts with a GeoJSON boundary are drawn in the shade of their heat class; without
 * Leaflet, or when no district has a boundary, the map stays hidden and the table is all there is.
 */
(function () {
    'use strict';

    var SHADES = {'heat-0': '#ffffff', 'heat-1': '#fde8d7', 'heat-2': '#fbc9a3', 'heat-3': '#f59b5f',
        'heat-4': '#b8450f', 'heat-5': '#7a2a05'};

    function draw() {
        var element = document.getElementById('district-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        var table = document.getElementById(element.dataset.list);
        if (!table) {
            return;
        }
        var layers = [];
        table.querySelectorAll('tr[data-boundary]').forEach(function (row) {
            var shape;
            try {
                shape = JSON.parse(row.dataset.boundary);
            } catch (e) {
                return;
            }
            layers.push(L.geoJSON(shape, {
                style: {color: '#1b1b1b', weight: 1, fillOpacity: 0.8, fillColor: SHADES[row.dataset.heat] || '#ffffff'}
            }).bindTooltip(row.dataset.label || ''));
        });
        if (layers.length === 0) {
            return;
        }
        element.hidden = false;
        // the map is hidden from assistive technology (the table is the content): nothing in it may take focus
        var map = L.map(element, {scrollWheelZoom: false, attributionControl: false, zoomControl: false, keyboard: false});
        var group = L.featureGroup(layers).addTo(map);
        map.fitBounds(group.getBounds(), {padding: [10, 10]});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
