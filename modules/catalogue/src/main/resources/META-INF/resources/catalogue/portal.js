/*
 * The public portal's progressive enhancements. Every page works without this file: the lists
 * of places are the content, the maps only repeat them; sorting by distance works from a chosen
 * town without the browser's position.
 */
(function () {
    'use strict';

    /* A map for each .portal-map, with a marker for every item of the list it names (data-list)
       that carries coordinates. Without tiles (none configured, or the tile server unreachable)
       the markers still show on a plain ground. */
    function drawMaps() {
        if (typeof L === 'undefined') {
            return;
        }
        document.querySelectorAll('.portal-map').forEach(function (element) {
            var list = document.getElementById(element.dataset.list);
            if (!list) {
                return;
            }
            var points = [];
            list.querySelectorAll('[data-lat][data-lon]').forEach(function (item) {
                var lat = parseFloat(item.dataset.lat);
                var lon = parseFloat(item.dataset.lon);
                if (!isNaN(lat) && !isNaN(lon)) {
                    points.push({lat: lat, lon: lon, label: item.dataset.label || '', href: item.dataset.href});
                }
            });
            if (points.length === 0) {
                element.hidden = true;
                return;
            }
            element.classList.add('has-map');
            var map = L.map(element, {scrollWheelZoom: false});
            if (element.dataset.tiles) {
                L.tileLayer(element.dataset.tiles, {
                    maxZoom: 19,
                    attribution: attribution(element.dataset.attribution || '')
                }).addTo(map);
            }
            var icon = L.icon({
                iconUrl: element.dataset.icon || (document.querySelector('link[href*="leaflet.css"]').href
                    .replace(/leaflet\.css.*$/, 'images/marker-icon.png')),
                iconRetinaUrl: (document.querySelector('link[href*="leaflet.css"]').href
                    .replace(/leaflet\.css.*$/, 'images/marker-icon-2x.png')),
                shadowUrl: (document.querySelector('link[href*="leaflet.css"]').href
                    .replace(/leaflet\.css.*$/, 'images/marker-shadow.png')),
                iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41]
            });
            var bounds = [];
            points.forEach(function (p) {
                var marker = L.marker([p.lat, p.lon], {icon: icon, title: p.label, alt: p.label}).addTo(map);
                var popup = document.createElement('div');
                if (p.href) {
                    var link = document.createElement('a');
                    link.href = p.href;
                    link.textContent = p.label;
                    popup.appendChild(link);
                } else {
                    popup.textContent = p.label;
                }
                marker.bindPopup(popup);
                bounds.push([p.lat, p.lon]);
            });
            if (bounds.length === 1) {
                map.setView(bounds[0], 15);
            } else {
                map.fitBounds(bounds, {padding: [24, 24], maxZoom: 15});
            }
        });
    }

    /* The configured attribution is plain text; "Name (https://…)" becomes a link to the address. */
    function attribution(text) {
        var span = document.createElement('span');
        var match = /^(.*\S)\s*\((https?:\/\/[^)\s]+)\)$/.exec(text);
        if (match) {
            var link = document.createElement('a');
            link.href = match[2];
            link.textContent = match[1];
            span.appendChild(link);
        } else {
            span.textContent = text;
        }
        return span.innerHTML;
    }

    /* "Sort by distance from where I am": offered only where the browser can tell the position.
       The position goes into the form's lat/lon fields and the form is sent as usual (GET). */
    function offerPosition() {
        var button = document.getElementById('use-position');
        var form = document.getElementById('search-form');
        if (!button || !form || !('geolocation' in navigator)) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var status = document.getElementById('position-status');
            navigator.geolocation.getCurrentPosition(function (position) {
                form.elements.lat.value = position.coords.latitude.toFixed(5);
                form.elements.lon.value = position.coords.longitude.toFixed(5);
                form.elements.sort.value = 'distance';
                form.submit();
            }, function () {
                if (status) {
                    status.textContent = status.dataset.denied;
                }
            }, {timeout: 10000, maximumAge: 600000});
        });
    }

    function start() {
        drawMaps();
        offerPosition();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
